import { z } from "zod";
import { zDate } from "../records/dates.ts";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { ZResultSchema } from "../interactions/interaction-schema.ts";

export const ZCallReportRequestSchema = z.object({ sessionId: ZRecordId });

// The report is an interaction whose Result tab the rep has checked; the summary is its own field.
export const ZSaveCallReportRequestSchema = z.object({
  sessionId: ZRecordId,
  /** Needed only when the call was never tied to an account (an unknown caller). */
  accountId: ZRecordId.optional(),
  name: zText().min(1, "Name is required").max(200),
  summary: zText({ multiline: true }).min(1, "Summary is required").max(8000),
  result: ZResultSchema.pick({
    activityDate: true,
    durationHours: true,
    resultType: true,
    activityComments: true,
    subject: true,
  }),
  callBack: z
    .object({
      dueAt: zDate("Choose when to call back"),
      title: zText().min(1, "Say what the call-back is about").max(200),
    })
    .optional(),
});
export type SaveCallReportRequest = z.input<typeof ZSaveCallReportRequestSchema>;
