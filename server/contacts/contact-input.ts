import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { ZRecordId } from "../lists/id-input.ts";

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);

/** A phone as typed plus its E.164 form (national numbers read as GB, the desk's home region). */
export function normalisePhone(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, "GB");
  return parsed?.isPossible() ? parsed.number : null;
}

// Seed 004: ForeName and Surname are mandatory.
export const ZCreateContactRequestSchema = z.object({
  foreName: z.string().trim().min(1, "ForeName is required").max(100),
  middleInitial: z.string().trim().max(1, "One letter").optional().transform((v) => v || undefined),
  surname: z.string().trim().min(1, "Surname is required").max(100),
  jobTitle: optionalText(120),
  accountId: ZRecordId.optional(),
  email: z.union([z.email("Enter a valid email address"), z.literal("")]).optional().transform((v) => v || undefined),
  phone: z
    .string()
    .trim()
    .max(40)
    .optional()
    .refine((v) => !v || normalisePhone(v) !== null, "Enter a phone number, e.g. +44 20 7946 0018")
    .transform((v) => v || undefined),
  /** The user saw the duplicate warning and chose to create anyway. */
  allowDuplicate: z.boolean().default(false),
});
export type CreateContactRequest = z.output<typeof ZCreateContactRequestSchema>;

export const ZContactDuplicatesRequestSchema = z.object({
  email: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(40).optional(),
});
