import { z } from "zod";
import { zIsoDay } from "../records/dates.ts";
import { zText } from "../records/text.ts";
import { CampaignChannel, CampaignStatus } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";

const ZDate = zIsoDay("Use a date like 2026-12-31").transform((d) => new Date(d));
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZCreateCampaignRequestSchema = z
  .object({
    name: zText().min(1, "Name is required").max(120, "Keep the name under 120 characters"),
    channel: z.enum(CampaignChannel, "Choose a channel"),
    status: z.enum(CampaignStatus).default("PLANNED"),
    // nonoptional, not a refine: zod skips a refine on an optional field whose key is absent, and a
    // campaign without a start date reached the database as a 500.
    startDate: z.preprocess(blankToUndefined, ZDate.optional()).nonoptional("Start Date is required"),
    endDate: z.preprocess(blankToUndefined, ZDate.optional()),
    budget: z.preprocess(
      blankToUndefined,
      z.coerce
        .number("Budget must be a number")
        .nonnegative("Budget cannot be negative")
        .max(1e15, "Budget is too large")
        .optional(),
    ),
    currency: z.preprocess(
      blankToUndefined,
      zText()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, "Use a 3-letter currency code, like EUR")
        .optional(),
    ),
    description: z.preprocess(
      blankToUndefined,
      zText({ multiline: true }).max(2000, "Keep the description under 2,000 characters").optional(),
    ),
    teamId: z.preprocess(blankToUndefined, ZRecordId.optional()),
  })
  .refine((c) => !c.endDate || !c.startDate || c.endDate >= c.startDate, {
    path: ["endDate"],
    message: "End Date is before Start Date",
  })
  .refine((c) => c.budget === undefined || c.currency !== undefined, {
    path: ["currency"],
    message: "Give the budget's currency",
  });
export type CreateCampaignRequest = z.output<typeof ZCreateCampaignRequestSchema>;
