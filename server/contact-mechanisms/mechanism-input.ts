import { z } from "zod";
import { zText } from "../records/text.ts";
import { ContactMechType } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";
import { toE164 } from "../phone/to-e164.ts";

const ZEmail = z.email();

const fields = {
  value: zText().min(1, "Enter a value").max(300, "Keep it under 300 characters"),
  purpose: zText()
    .max(40, "Keep the purpose under 40 characters")
    .optional()
    .transform((v) => v || null),
  isPrimary: z.boolean().default(false),
};

/** A phone must read as a number (it is stored as E.164 too), an email as an address. */
export function mechanismValueError(type: ContactMechType, value: string): string | null {
  if (type === "PHONE" && toE164(value) === null) return "Enter a phone number, e.g. +44 20 7946 0018";
  if (type === "EMAIL" && !ZEmail.safeParse(value).success) return "Enter a valid email address";
  return null;
}

/** `id` is the contact's or the account's: the mechanism is added to that record. */
export const ZAddMechanismRequestSchema = z
  .object({ id: ZRecordId, type: z.enum(ContactMechType, "Choose phone, email or address"), ...fields })
  .superRefine((m, ctx) => {
    const message = mechanismValueError(m.type, m.value);
    if (message) ctx.addIssue({ code: "custom", path: ["value"], message });
  });
export type AddMechanismRequest = z.output<typeof ZAddMechanismRequestSchema>;

/** The type is fixed once added: changing a phone into an email is removing one and adding the other. */
export const ZUpdateMechanismRequestSchema = z.object({ id: ZRecordId, ...fields });
export type UpdateMechanismRequest = z.output<typeof ZUpdateMechanismRequestSchema>;

export function normalisedColumns(type: ContactMechType, value: string) {
  return {
    e164: type === "PHONE" ? toE164(value) : null,
    emailLower: type === "EMAIL" ? value.toLowerCase() : null,
  };
}
