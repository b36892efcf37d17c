import { z } from "zod";
import { zText } from "../records/text.ts";
import { AccountType, LeadSource, Segment } from "../generated/prisma/enums.ts";

// What each importable entity takes from a CSV: the seed's labels (shown in the mapping step and
// the report), whether a value is required, header spellings guessed automatically, and one zod
// schema per row. Rows are validated after mapping, so messages name the seed label.

export const IMPORT_ENTITIES = ["contacts", "accounts", "leads"] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export type ImportField = { key: string; label: string; required?: boolean; aliases?: string[] };

// A quoted CSV cell may hold line breaks; long fields keep them.
const text = (max: number) =>
  zText({ multiline: max >= 500 })
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullable();
const required = (label: string, max = 200) =>
  zText().min(1, `${label} is required`).max(max, `At most ${max} characters`);
// Built once: constructing a zod schema per row cost 12 µs a row, 2.4 s for 200k rows.
const ZEmailAddress = z.email();
const email = zText({ trim: false })
  .trim()
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .refine((v) => v === null || ZEmailAddress.safeParse(v).success, "Not a valid e-mail address");
const yesNo = zText({ trim: false })
  .trim()
  .transform((v) => v.toLowerCase())
  .refine((v) => ["", "yes", "no", "y", "n", "true", "false", "1", "0"].includes(v), "Use yes or no")
  .transform((v) => ["yes", "y", "true", "1"].includes(v));
/** An enum by its value or its label ("Trade show" → TRADE_SHOW); empty takes the default. */
const enumOf = <T extends string>(values: Record<string, T>, fallback: T, label: string) =>
  zText()
    .transform((v) => (v === "" ? fallback : (v.toUpperCase().replace(/[\s-]+/g, "_") as T)))
    .refine(
      (v) => (Object.values(values) as string[]).includes(v),
      `${label} must be one of: ${Object.values(values).join(", ")}`,
    );

const phoneField: ImportField = {
  key: "phone",
  label: "Phone",
  aliases: ["phone number", "telephone", "tel", "mobile"],
};
const emailField: ImportField = {
  key: "email",
  label: "Email",
  aliases: ["email address", "e-mail", "mail"],
};

export const importFields: Record<ImportEntity, ImportField[]> = {
  contacts: [
    {
      key: "foreName",
      label: "ForeName",
      required: true,
      aliases: ["first name", "firstname", "forename", "given name"],
    },
    { key: "middleInitial", label: "MiddleInitial", aliases: ["middle initial", "mi"] },
    { key: "surname", label: "Surname", required: true, aliases: ["last name", "lastname", "family name"] },
    { key: "jobTitle", label: "Job Title", aliases: ["title", "position"] },
    emailField,
    phoneField,
    { key: "isCustomer", label: "Customer", aliases: ["is customer"] },
  ],
  accounts: [
    {
      key: "partyGroupName",
      label: "Party Group Name",
      required: true,
      aliases: ["name", "account name", "company"],
    },
    { key: "accountType", label: "Account Type", aliases: ["type"] },
    { key: "segment", label: "Segment" },
    { key: "accountPin", label: "Account PIN", aliases: ["pin"] },
    {
      key: "fiscalRegistrationNo",
      label: "Fiscal Registration No",
      aliases: ["vat", "tax id", "fiscal number"],
    },
    {
      key: "commercialRegistration",
      label: "Commercial Registration",
      aliases: ["company number", "registration"],
    },
    { key: "location", label: "Location", aliases: ["city", "address"] },
    { key: "locationComments", label: "Location Comments" },
    emailField,
    phoneField,
  ],
  leads: [
    { key: "partyId", label: "Party ID", aliases: ["party id", "lead id"] },
    {
      key: "partyGroupName",
      label: "Party Group Name",
      aliases: ["company", "organisation", "organization"],
    },
    { key: "foreName", label: "Fore Name", required: true, aliases: ["first name", "firstname", "forename"] },
    { key: "surname", label: "Surname", required: true, aliases: ["last name", "lastname"] },
    { key: "leadSource", label: "Lead Source", aliases: ["source"] },
    emailField,
    phoneField,
    { key: "description", label: "Description", aliases: ["notes", "inquiry"] },
  ],
};

const contact = z.object({
  foreName: required("ForeName"),
  middleInitial: text(3),
  surname: required("Surname"),
  jobTitle: text(200),
  email,
  phone: text(40),
  isCustomer: yesNo,
});
const account = z.object({
  partyGroupName: required("Party Group Name"),
  accountType: enumOf(AccountType, "ORGANISATION", "Account Type"),
  segment: enumOf(Segment, "CORPORATE", "Segment"),
  accountPin: text(50),
  fiscalRegistrationNo: text(50),
  commercialRegistration: text(100),
  location: text(200),
  locationComments: text(1000),
  email,
  phone: text(40),
});
const lead = z.object({
  partyId: text(50),
  partyGroupName: text(200),
  foreName: required("Fore Name"),
  surname: required("Surname"),
  leadSource: enumOf(LeadSource, "OTHER", "Lead Source"),
  email,
  phone: text(40),
  description: text(2000),
});

export const importRowSchemas = { contacts: contact, accounts: account, leads: lead } as const;
export type ContactImportRow = z.output<typeof contact>;
export type AccountImportRow = z.output<typeof account>;
export type LeadImportRow = z.output<typeof lead>;
export type ImportRow = ContactImportRow | AccountImportRow | LeadImportRow;

/** Column guesses for a header row: a field takes the first column whose header reads like it. */
export function guessMapping(entity: ImportEntity, headers: string[]): Record<string, string> {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  const byNorm = new Map(headers.map((h) => [norm(h), h]));
  const mapping: Record<string, string> = {};
  for (const f of importFields[entity]) {
    for (const candidate of [f.label, f.key, ...(f.aliases ?? [])]) {
      const hit = byNorm.get(norm(candidate)) ?? byNorm.get(norm(candidate).replace(/ /g, ""));
      if (hit) {
        mapping[f.key] = hit;
        break;
      }
    }
  }
  return mapping;
}
