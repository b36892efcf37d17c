import { z } from "zod";
import { zIsoDay } from "../records/dates.ts";
import { zText } from "../records/text.ts";
import { CampaignActivityStatus, CampaignActivityType } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

// Internal Campaign Activity (seed 001): a sales or administrative task under a campaign, for an account.
export const ZCreateActivityRequestSchema = z.object({
  campaignId: ZRecordId,
  accountId: ZRecordId,
  name: zText().min(1, "Name is required").max(200, "Keep the name under 200 characters"),
  activityType: z.enum(CampaignActivityType, "Choose Sales or Administrative"),
  dueDate: z.preprocess(
    blankToUndefined,
    zIsoDay("Use a date like 2026-12-31")
      .transform((d) => new Date(d))
      .optional(),
  ),
  description: z.preprocess(
    blankToUndefined,
    zText({ multiline: true }).max(2000, "Keep the description under 2,000 characters").optional(),
  ),
  /** Left out, the activity starts Unassigned. */
  assignedUserId: z.preprocess(blankToUndefined, ZRecordId.optional()),
});
export type CreateActivityRequest = z.output<typeof ZCreateActivityRequestSchema>;

const ZActivityRef = z.object({ id: ZRecordId, version: z.number().int().min(1) });

export const ZAssignActivityRequestSchema = ZActivityRef.extend({
  assignedUserId: ZRecordId.nullable(),
});
export const ZMoveActivityRequestSchema = ZActivityRef.extend({
  move: z.enum(["start", "complete", "cancel"], "Choose start, complete or cancel"),
});
export const ZAssignableUsersRequestSchema = z.object({ accountId: ZRecordId });
export const ZActivityStatusSchema = z.enum(CampaignActivityStatus);
