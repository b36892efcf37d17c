import type { Rng } from "../random.ts";
import { addDays, utcDay } from "../random.ts";
import type { Campaign, CampaignActivity, ContactList } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { resolveOwnerAndTeam } from "./owner-and-team.ts";
import { createAccount } from "./accounts.ts";

export type CampaignRow = CreateManyRow<"campaign">;
export type ContactListRow = CreateManyRow<"contactList">;
export type ContactListMemberRow = CreateManyRow<"contactListMember">;
export type CampaignActivityRow = CreateManyRow<"campaignActivity">;

const THEMES = [
  "FX hedging webinar",
  "Term deposit rate offer",
  "Cash management outreach",
  "Private client review",
  "Trade finance roadshow",
  "Rates outlook briefing",
];

export function buildCampaign(
  rng: Rng,
  overrides: Partial<CampaignRow> & Pick<CampaignRow, "ownerId" | "teamId">,
  { now = new Date() }: { now?: Date } = {},
): CampaignRow {
  const start = utcDay(addDays(now, -rng.int(0, 60)));
  return {
    id: rng.uuid(),
    name: `${rng.pick(THEMES)} ${rng.digits(4)}`,
    channel: "EMAIL",
    status: "ACTIVE",
    startDate: start,
    endDate: utcDay(addDays(start, rng.int(30, 120))),
    budget: (rng.int(5, 80) * 1000).toFixed(2),
    currency: "GBP",
    ...overrides,
  };
}

export function buildContactList(rng: Rng, overrides: Partial<ContactListRow> = {}): ContactListRow {
  return { id: rng.uuid(), name: `Target list ${rng.digits(4)}`, ...overrides };
}

export function buildContactListMember(
  rng: Rng,
  overrides: Partial<ContactListMemberRow> &
    Pick<ContactListMemberRow, "contactListId"> &
    ({ contactId: string } | { leadId: string }),
): ContactListMemberRow {
  return { id: rng.uuid(), ...overrides };
}

export function buildCampaignActivity(
  rng: Rng,
  overrides: Partial<CampaignActivityRow> & Pick<CampaignActivityRow, "campaignId" | "accountId">,
): CampaignActivityRow {
  return {
    id: rng.uuid(),
    name: rng.pick([
      "Call to present the offer",
      "Send the rate card",
      "Book a review meeting",
      "Update the consent record",
      "Check KYC documents",
    ]),
    activityType: "SALES",
    status: "UNASSIGNED",
    ...overrides,
  };
}

export async function createCampaign(db: DbClient, overrides: Partial<CampaignRow> = {}): Promise<Campaign> {
  const { ownerId, teamId } = await resolveOwnerAndTeam(db, overrides);
  return db.campaign.create({ data: buildCampaign(factoryRng(), { ...overrides, ownerId, teamId }) });
}

/** A contact list with members: contacts and/or leads (leads also get it as their Contact List). */
export async function createContactList(
  db: DbClient,
  input: Partial<ContactListRow> & { contactIds?: string[]; leadIds?: string[] } = {},
): Promise<ContactList> {
  const { contactIds = [], leadIds = [], ...overrides } = input;
  const rng = factoryRng();
  const list = await db.contactList.create({ data: buildContactList(rng, overrides) });
  const members = [
    ...contactIds.map((contactId) => buildContactListMember(rng, { contactListId: list.id, contactId })),
    ...leadIds.map((leadId) => buildContactListMember(rng, { contactListId: list.id, leadId })),
  ];
  if (members.length > 0) await db.contactListMember.createMany({ data: members });
  if (leadIds.length > 0)
    await db.lead.updateMany({ where: { id: { in: leadIds } }, data: { contactListId: list.id } });
  return list;
}

/** Without a campaign or account, both are created (in one team). */
export async function createCampaignActivity(
  db: DbClient,
  overrides: Partial<CampaignActivityRow> = {},
): Promise<CampaignActivity> {
  let { campaignId, accountId } = overrides;
  if (!accountId) accountId = (await createAccount(db)).id;
  if (!campaignId) {
    const account = await db.account.findUniqueOrThrow({
      where: { id: accountId },
      select: { ownerId: true, teamId: true },
    });
    campaignId = (await createCampaign(db, account)).id;
  }
  return db.campaignActivity.create({
    data: buildCampaignActivity(factoryRng(), { ...overrides, campaignId, accountId }),
  });
}
