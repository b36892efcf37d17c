import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { Rng } from "../random.ts";
import type { ContactMechanism } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import type { PhoneNumber } from "./phone-numbers.ts";

export type ContactMechanismRow = CreateManyRow<"contactMechanism">;

/** Exactly one of these: a mechanism belongs to one contact, account or lead. */
export type MechanismOwner = { contactId: string } | { accountId: string } | { leadId: string };

export function buildPhoneMechanism(
  rng: Rng,
  owner: MechanismOwner,
  phone: PhoneNumber,
  overrides: Partial<ContactMechanismRow> = {},
): ContactMechanismRow {
  return {
    id: rng.uuid(),
    type: "PHONE",
    purpose: "work",
    value: phone.value,
    e164: phone.e164,
    isPrimary: false,
    ...owner,
    ...overrides,
  };
}

export function buildEmailMechanism(
  rng: Rng,
  owner: MechanismOwner,
  email: string,
  overrides: Partial<ContactMechanismRow> = {},
): ContactMechanismRow {
  return {
    id: rng.uuid(),
    type: "EMAIL",
    purpose: "work",
    value: email,
    emailLower: email.toLowerCase(),
    isPrimary: false,
    ...owner,
    ...overrides,
  };
}

export function buildAddressMechanism(
  rng: Rng,
  owner: MechanismOwner,
  address: string,
  overrides: Partial<ContactMechanismRow> = {},
): ContactMechanismRow {
  return {
    id: rng.uuid(),
    type: "ADDRESS",
    purpose: "registered office",
    value: address,
    isPrimary: false,
    ...owner,
    ...overrides,
  };
}

/** A phone as typed, with its E.164 form (national numbers are read in `defaultCountry`). */
export function parsePhone(value: string, defaultCountry: CountryCode = "GB"): PhoneNumber {
  const parsed = parsePhoneNumberFromString(value, defaultCountry);
  if (!parsed) throw new Error(`not a phone number: ${value}`);
  return { value, e164: parsed.number };
}

/**
 * Mechanisms for a test record from plain strings; the first phone and first email are primary.
 * `phones` may be national ("020 7946 0123") or international ("+1 212 555 0123").
 */
export function buildMechanismsFor(
  rng: Rng,
  owner: MechanismOwner,
  {
    phones = [],
    emails = [],
    addresses = [],
  }: { phones?: string[]; emails?: string[]; addresses?: string[] },
): ContactMechanismRow[] {
  return [
    ...phones.map((p, i) => buildPhoneMechanism(rng, owner, parsePhone(p), { isPrimary: i === 0 })),
    ...emails.map((e, i) => buildEmailMechanism(rng, owner, e, { isPrimary: i === 0 })),
    ...addresses.map((a, i) => buildAddressMechanism(rng, owner, a, { isPrimary: i === 0 })),
  ];
}

export async function createContactMechanism(
  db: DbClient,
  overrides: Partial<ContactMechanismRow> &
    MechanismOwner &
    (
      { type: "PHONE"; value: string } | { type: "EMAIL"; value: string } | { type: "ADDRESS"; value: string }
    ),
): Promise<ContactMechanism> {
  const rng = factoryRng();
  const derived =
    overrides.type === "PHONE"
      ? { e164: parsePhone(overrides.value).e164 }
      : overrides.type === "EMAIL"
        ? { emailLower: overrides.value.toLowerCase() }
        : {};
  return db.contactMechanism.create({ data: { id: rng.uuid(), isPrimary: false, ...derived, ...overrides } });
}
