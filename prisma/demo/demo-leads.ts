import type { Rng } from "../random.ts";
import { addDays, notAfter } from "../random.ts";
import type { LeadStatus } from "../../server/generated/prisma/enums.ts";
import { buildLead, LEAD_SOURCE_WEIGHTS } from "../factories/leads.ts";
import { buildContact } from "../factories/contacts.ts";
import { buildContactListMember } from "../factories/campaigns.ts";
import { buildEmailMechanism, buildPhoneMechanism } from "../factories/contact-mechanisms.ts";
import { companyDomain, companyName } from "../factories/company-names.ts";
import { pickCountry } from "../factories/accounts.ts";
import { emailLocalPart } from "../factories/person-names.ts";
import type { DemoRows } from "./demo-rows.ts";
import { pickOwner, type DemoPeople } from "./demo-people.ts";
import type { DemoAccount, DemoBook, DemoContact } from "./demo-book.ts";
import type { DemoCampaign } from "./demo-campaigns.ts";

/** A converted lead: the opportunity is made with the pipeline and linked back afterwards. */
export type DemoConversion = {
  leadId: string;
  leadSource: NonNullable<ReturnType<typeof buildLead>["leadSource"]>;
  campaignId: string | null;
  account: DemoAccount;
  contact: DemoContact;
  ownerId: string;
  convertedAt: Date;
  /** Set by the pipeline once the opportunity exists. */
  opportunityId?: string;
};

const STATUS_WEIGHTS: readonly (readonly [LeadStatus, number])[] = [
  ["NEW", 33],
  ["CONTACTED", 27],
  ["QUALIFIED", 21],
  ["DISQUALIFIED", 12],
  ["CONVERTED", 4],
];

/** ~200 leads from every source, some in contact lists and campaigns, a few converted. */
export function buildDemoLeads(
  rng: Rng,
  rows: DemoRows,
  people: DemoPeople,
  book: DemoBook,
  campaigns: DemoCampaign[],
  now: Date,
): DemoConversion[] {
  const conversions: DemoConversion[] = [];
  const standaloneList = rows.contactList.find((l) => !l.campaignId);

  for (let i = 0; i < 200; i++) {
    const teamKey = rng.weighted([
      ["fx", 30],
      ["corporate", 40],
      ["private", 30],
    ] as const);
    const team = people.teams[teamKey];
    const owner = pickOwner(rng, team);
    const status = rng.weighted(STATUS_WEIGHTS);
    const leadSource = rng.weighted(LEAD_SOURCE_WEIGHTS);
    const teamCampaigns = campaigns.filter((c) => c.team === teamKey && c.start <= now);
    const campaign =
      leadSource === "CAMPAIGN" ? rng.pick(teamCampaigns.length ? teamCampaigns : campaigns) : null;
    const contactListId =
      campaign && rng.chance(0.6)
        ? rng.pick(campaign.listIds)
        : leadSource === "TRADE_SHOW" && standaloneList && rng.chance(0.5)
          ? (standaloneList.id as string)
          : null;
    const createdAt = addDays(now, -rng.int(1, 180));
    const convertInto =
      status === "CONVERTED"
        ? rng.pick(
            book.accounts.filter((a) => a.team.key === teamKey && a.row.accountType === "ORGANISATION"),
          )
        : null;
    const country = convertInto?.country ?? pickCountry(rng);
    const company = convertInto
      ? convertInto.name
      : teamKey === "private" && rng.chance(0.7)
        ? null
        : companyName(
            rng,
            teamKey === "fx" ? "INSTITUTIONAL" : "CORPORATE",
            country.legalSuffixes,
            book.takenNames,
          );

    const row = buildLead(rng, {
      partyId: `PTY-${String(100_001 + i)}`,
      partyGroupName: company,
      leadSource,
      status,
      campaignId: campaign?.id ?? null,
      contactListId,
      ownerId: owner.id,
      teamId: team.id,
      createdAt,
    });
    rows.lead.push(row);
    const leadId = row.id as string;
    if (contactListId)
      rows.contactListMember.push(buildContactListMember(rng, { contactListId, leadId, addedAt: createdAt }));

    const local = emailLocalPart(row.foreName, row.surname);
    const email = company
      ? `${local}@${companyDomain(company)}`
      : `${local}@${rng.pick(["mail.example", "post.example"])}`;
    const phone = rng.chance(0.85)
      ? book.phones.next(country.phoneRegion, rng.chance(0.5) ? "mobile" : "landline")
      : null;
    if (phone)
      rows.contactMechanism.push(
        buildPhoneMechanism(rng, { leadId }, phone, { isPrimary: true, purpose: "mobile" }),
      );
    rows.contactMechanism.push(buildEmailMechanism(rng, { leadId }, email, { isPrimary: true }));

    if (convertInto) {
      const convertedAt = notAfter(addDays(createdAt, rng.int(5, 40)), addDays(now, -1));
      const contact = buildContact(rng, {
        foreName: row.foreName,
        surname: row.surname,
        accountId: convertInto.id,
        ownerId: convertInto.ownerId,
        teamId: team.id,
        isCustomer: Boolean(convertInto.row.isCustomer),
        culture: convertInto.row.culture,
        createdAt: convertedAt,
      });
      const contactId = contact.id as string;
      rows.contact.push(contact);
      // The lead may have come in by e-mail only; the contact gets the number taken on the first call.
      const contactPhone = phone ?? book.phones.next(country.phoneRegion, "landline");
      rows.contactMechanism.push(
        buildPhoneMechanism(rng, { contactId }, contactPhone, {
          isPrimary: true,
          purpose: phone ? "mobile" : "work",
        }),
      );
      rows.contactMechanism.push(buildEmailMechanism(rng, { contactId }, email, { isPrimary: true }));
      const demoContact = { row: contact, email, phone: contactPhone.value };
      convertInto.contacts.push(demoContact);
      row.convertedAt = convertedAt;
      row.convertedAccountId = convertInto.id;
      row.convertedContactId = contactId;
      conversions.push({
        leadId,
        leadSource,
        campaignId: campaign?.id ?? null,
        account: convertInto,
        contact: demoContact,
        ownerId: owner.id,
        convertedAt,
      });
    }
  }
  return conversions;
}
