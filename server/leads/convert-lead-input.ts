import { z } from "zod";
import { zText } from "../records/text.ts";
import { zAmountText } from "../records/amount.ts";
import { ZRecordId } from "../records/record-id.ts";
import { CURRENCIES, ZCalendarDay } from "../opportunities/opportunity-input.ts";

const optionalId = z
  .union([ZRecordId, z.literal("")])
  .optional()
  .transform((v) => v || null);

export const ZConvertLeadRequestSchema = z.object({
  id: ZRecordId,
  /** An existing account chosen by the rep; absent: matched by Party Group Name, else created. */
  accountId: optionalId,
  /** What is being sold: the opportunity is named "Company - what is being sold". */
  opportunityName: zText()
    .max(150)
    .optional()
    .transform((v) => v || "New business"),
  estimatedAmount: z
    .union([z.literal(""), zAmountText()])
    .optional()
    .transform((v) => v || "0"),
  currency: z.enum(CURRENCIES, "Choose a currency").default("EUR"),
  closeDate: z.union([ZCalendarDay("Enter a date"), z.literal("").transform(() => null)]).optional(),
});
export type ConvertLeadRequest = z.output<typeof ZConvertLeadRequestSchema>;

export const ZConversionPreviewRequestSchema = z.object({ id: ZRecordId });
