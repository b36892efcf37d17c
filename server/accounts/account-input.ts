import { z } from "zod";
import { zText } from "../records/text.ts";
import { AccountType, KycStatus, Segment } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";

// Absent stays absent (left unchanged); an emptied field becomes null. Long fields are textareas.
const optionalText = (max: number) =>
  zText({ multiline: max >= 500 })
    .max(max)
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));

// The seed's account fields; Party Group Name is required (seed 004).
export const ZAccountFieldsSchema = z.object({
  partyGroupName: zText().min(1, "Party Group Name is required").max(200),
  accountType: z.enum(AccountType, "Choose an Account Type"),
  accountPin: optionalText(40),
  fiscalRegistrationNo: optionalText(40),
  commercialRegistration: optionalText(40),
  location: optionalText(200),
  locationComments: optionalText(500),
  segment: z.enum(Segment),
  kycStatus: z.enum(KycStatus),
});

export const ZUpdateAccountRequestSchema = ZAccountFieldsSchema.extend({
  id: ZRecordId,
  /** The version the edit was made on: a stale one is a conflict, never an overwrite. */
  version: z.number().int().positive(),
});
export type UpdateAccountRequest = z.output<typeof ZUpdateAccountRequestSchema>;
