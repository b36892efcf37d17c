import { z } from "zod";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { toE164 } from "../phone/to-e164.ts";

// Long fields are textareas: they keep their line breaks.
const optionalText = (max: number) =>
  zText({ multiline: max >= 500 })
    .max(max)
    .optional()
    .transform((v) => v || undefined);

/** A new record's first email and phone: optional, and blank is absent. */
export const ZOptionalEmail = z
  .union([z.email("Enter a valid email address"), z.literal("")])
  .optional()
  .transform((v) => v || undefined);
export const ZOptionalPhone = zText({ trim: false })
  .trim()
  .max(40)
  .optional()
  .refine((v) => !v || toE164(v) !== null, "Enter a phone number, e.g. +44 20 7946 0018")
  .transform((v) => v || undefined);

// Seed 004: ForeName and Surname are mandatory.
export const ZCreateContactRequestSchema = z.object({
  foreName: zText().min(1, "ForeName is required").max(100),
  middleInitial: zText()
    .max(1, "One letter")
    .optional()
    .transform((v) => v || undefined),
  surname: zText().min(1, "Surname is required").max(100),
  jobTitle: optionalText(120),
  accountId: ZRecordId.optional(),
  email: ZOptionalEmail,
  phone: ZOptionalPhone,
  /** The user saw the duplicate warning and chose to create anyway. */
  allowDuplicate: z.boolean().default(false),
});
export type CreateContactRequest = z.output<typeof ZCreateContactRequestSchema>;

export const ZContactDuplicatesRequestSchema = z.object({
  email: zText().max(200).optional(),
  phone: zText().max(40).optional(),
});

// Seed 004's editable person fields; e-mail and phone are contact mechanisms, edited apart.
export const ZUpdateContactRequestSchema = z.object({
  id: ZRecordId,
  version: z.number().int().min(1),
  foreName: ZCreateContactRequestSchema.shape.foreName,
  middleInitial: zText()
    .max(1, "One letter")
    .nullish()
    .transform((v) => v || null),
  surname: ZCreateContactRequestSchema.shape.surname,
  jobTitle: zText()
    .max(120)
    .nullish()
    .transform((v) => v || null),
});
export type UpdateContactRequest = z.input<typeof ZUpdateContactRequestSchema>;
