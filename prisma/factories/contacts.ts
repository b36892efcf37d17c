import type { Rng } from "../random.ts";
import type { Contact } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { FORENAMES, INITIALS, JOB_TITLES, SURNAMES, emailLocalPart } from "./person-names.ts";
import {
  buildEmailMechanism,
  buildMechanismsFor,
  buildPhoneMechanism,
  type ContactMechanismRow,
} from "./contact-mechanisms.ts";
import { randomPhone, type PhoneAllocator } from "./phone-numbers.ts";
import type { PhoneRegion } from "./locations.ts";
import { resolveOwnerAndTeam } from "./owner-and-team.ts";

export type ContactRow = CreateManyRow<"contact">;

export function buildContact(
  rng: Rng,
  overrides: Partial<ContactRow> & Pick<ContactRow, "ownerId" | "teamId">,
): ContactRow {
  return {
    id: rng.uuid(),
    foreName: rng.pick(FORENAMES),
    middleInitial: rng.chance(0.3) ? rng.pick(INITIALS) : null,
    surname: rng.pick(SURNAMES),
    jobTitle: rng.pick(JOB_TITLES),
    isCustomer: false,
    culture: "en-GB",
    ...overrides,
  };
}

export type ContactMechanismOptions = {
  region: PhoneRegion;
  /** The employer's e-mail domain; people without one get a personal mailbox. */
  domain?: string;
  phones?: PhoneAllocator;
  /** 1 or 2; drawn when omitted. */
  phoneCount?: number;
};

/** One or two phones (work line first, then mobile) and an e-mail; the first of each is primary. */
export function buildContactMechanisms(
  rng: Rng,
  contact: Pick<ContactRow, "id" | "foreName" | "surname">,
  { region, domain, phones, phoneCount }: ContactMechanismOptions,
): ContactMechanismRow[] {
  const owner = { contactId: contact.id as string };
  const count = phoneCount ?? (rng.chance(0.55) ? 2 : 1);
  const kinds = (domain ? ["landline", "mobile"] : ["mobile", "landline"]) as ("landline" | "mobile")[];
  const rows: ContactMechanismRow[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i] ?? "mobile";
    const phone = phones ? phones.next(region, kind) : randomPhone(rng, region, kind);
    rows.push(
      buildPhoneMechanism(rng, owner, phone, {
        isPrimary: i === 0,
        purpose: kind === "mobile" ? "mobile" : "work",
      }),
    );
  }
  const local = emailLocalPart(contact.foreName, contact.surname);
  const email = domain
    ? `${local}@${domain}`
    : `${local}${rng.int(1, 99)}@${rng.pick(["mail.example", "post.example", "inbox.example"])}`;
  rows.push(
    buildEmailMechanism(rng, owner, email, { isPrimary: true, purpose: domain ? "work" : "personal" }),
  );
  return rows;
}

export type CreateContactInput = Partial<ContactRow> & {
  /** One phone or e-mail: shorthand for a one-item `phones` / `emails`. */
  phone?: string;
  email?: string;
  phones?: string[];
  emails?: string[];
  addresses?: string[];
};

/**
 * One contact for a test. With an `accountId` and no owner/team, it takes the account's; with
 * neither, a rep and team are created. `phones` like "020 7946 0123" get their E.164 form.
 */
export async function createContact(db: DbClient, input: CreateContactInput = {}): Promise<Contact> {
  const { phone, email, phones: givenPhones, emails: givenEmails, addresses, ...overrides } = input;
  const phones = [...(phone ? [phone] : []), ...(givenPhones ?? [])];
  const emails = [...(email ? [email] : []), ...(givenEmails ?? [])];
  const rng = factoryRng();
  const { ownerId, teamId } = await resolveOwnerAndTeam(db, overrides);
  const contact = await db.contact.create({ data: buildContact(rng, { ...overrides, ownerId, teamId }) });
  const mechanisms = buildMechanismsFor(rng, { contactId: contact.id }, { phones, emails, addresses });
  if (mechanisms.length > 0) await db.contactMechanism.createMany({ data: mechanisms });
  return contact;
}
