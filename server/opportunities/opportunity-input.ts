import { z } from "zod";
import { zIsoDay } from "../records/dates.ts";
import { zText } from "../records/text.ts";
import { zAmountText } from "../records/amount.ts";
import { ForecastCategory, LeadSource, OpportunityStage } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";

export const CURRENCIES = ["EUR", "GBP", "USD", "CHF", "JPY"] as const;

// Long fields are textareas: they keep their line breaks.
const optionalText = (max: number) =>
  zText({ multiline: max >= 500 })
    .max(max)
    .optional()
    .transform((v) => v || null);
/** A calendar day as the form sends it (YYYY-MM-DD), stored as midnight UTC (@db.Date). */
export const ZCalendarDay = (message: string) =>
  zIsoDay(message).transform((v) => new Date(`${v}T00:00:00.000Z`));
const optionalDay = z
  .union([zIsoDay("Enter a date"), z.literal("")])
  .optional()
  .transform((v) => (v ? new Date(`${v}T00:00:00.000Z`) : null));
const optionalId = z
  .union([ZRecordId, z.literal("")])
  .optional()
  .transform((v) => v || null);

// The seed's opportunity fields under their labels: Name, Probability, Estimated Amount, Close
// Date, Stage, Next Step, Next Step Date, Lead Source, Marketing Campaign.
export const ZOpportunityFieldsSchema = z.object({
  name: zText().min(1, "Name is required").max(200),
  contactId: optionalId,
  stage: z.enum(OpportunityStage, "Choose a Stage"),
  /** Absent: the stage's default. */
  probability: z
    .number("Enter a probability")
    .int("Whole percent")
    .min(0, "0 to 100")
    .max(100, "0 to 100")
    .optional(),
  estimatedAmount: zAmountText(),
  currency: z.enum(CURRENCIES, "Choose a currency"),
  closeDate: ZCalendarDay("Close Date is required"),
  forecastCategory: z.enum(ForecastCategory).optional(),
  nextStep: optionalText(300),
  nextStepDate: optionalDay,
  leadSource: z
    .union([z.enum(LeadSource), z.literal("")])
    .optional()
    .transform((v) => v || null),
  campaignId: optionalId,
  description: optionalText(2000),
});

export const ZCreateOpportunityRequestSchema = ZOpportunityFieldsSchema.extend({
  // Optional in the shape so a missing account reads as a field message, not a malformed request.
  accountId: optionalId,
}).superRefine((v, ctx) => {
  if (!v.accountId) ctx.addIssue({ code: "custom", path: ["accountId"], message: "Choose an account" });
});
export type CreateOpportunityRequest = z.output<typeof ZCreateOpportunityRequestSchema>;

export const ZUpdateOpportunityRequestSchema = ZOpportunityFieldsSchema.extend({
  id: ZRecordId,
  /** The version the edit was made on: a stale one is a conflict, never an overwrite. */
  version: z.number().int().positive(),
});
export type UpdateOpportunityRequest = z.output<typeof ZUpdateOpportunityRequestSchema>;

export const ZMoveStageRequestSchema = z.object({
  id: ZRecordId,
  version: z.number().int().positive(),
  stage: z.enum(OpportunityStage, "Choose a Stage"),
});
export type MoveStageRequest = z.output<typeof ZMoveStageRequestSchema>;
