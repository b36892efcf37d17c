import { z } from "zod";
import { zText } from "../records/text.ts";
import { LeadSource } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";
import { toE164 } from "../phone/to-e164.ts";

// Long fields are textareas: they keep their line breaks.
const optionalText = (max: number) =>
  zText({ multiline: max >= 500 })
    .max(max)
    .optional()
    .transform((v) => v || null);
const optionalId = z
  .union([ZRecordId, z.literal("")])
  .optional()
  .transform((v) => v || null);

// The seed's lead fields under their labels. Fore Name, Surname and Lead Source are required;
// Party ID is the lead's business key and is issued by the server.
export const ZLeadFieldsSchema = z.object({
  partyGroupName: optionalText(200),
  foreName: zText().min(1, "Fore Name is required").max(100),
  surname: zText().min(1, "Surname is required").max(100),
  leadSource: z.enum(LeadSource, "Choose a Lead Source"),
  campaignId: optionalId,
  contactListId: optionalId,
  description: optionalText(2000),
  email: z
    .union([z.email("Enter a valid email address"), z.literal("")])
    .optional()
    .transform((v) => v || null),
  phone: zText()
    .max(40)
    .optional()
    .refine((v) => !v || toE164(v) !== null, "Enter a phone number, e.g. +44 20 7946 0018")
    .transform((v) => v || null),
  /** The user saw the duplicate warning and chose to save anyway. */
  allowDuplicate: z.boolean().default(false),
});

export const ZCreateLeadRequestSchema = ZLeadFieldsSchema;
export type CreateLeadRequest = z.output<typeof ZCreateLeadRequestSchema>;

export const ZUpdateLeadRequestSchema = ZLeadFieldsSchema.extend({
  id: ZRecordId,
  version: z.number().int().positive(),
  // CONVERTED is reached only through conversion.
  status: z.enum(["NEW", "CONTACTED", "QUALIFIED", "DISQUALIFIED"], "Choose a status"),
});
export type UpdateLeadRequest = z.output<typeof ZUpdateLeadRequestSchema>;

export const ZLeadDuplicatesRequestSchema = z.object({
  email: zText().max(200).optional(),
  phone: zText().max(40).optional(),
  /** The lead being edited, which is not its own duplicate. */
  excludeLeadId: ZRecordId.optional(),
});
