import { z } from "zod";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

// Contact List (seed 004): "a targeted group of specific people", kept under a campaign.
export const ZCreateContactListRequestSchema = z.object({
  campaignId: ZRecordId,
  name: zText().min(1, "Name is required").max(120, "Keep the name under 120 characters"),
  description: z.preprocess(
    blankToUndefined,
    zText({ multiline: true }).max(1000, "Keep the description under 1,000 characters").optional(),
  ),
});
export type CreateContactListRequest = z.output<typeof ZCreateContactListRequestSchema>;

export const ZContactListMemberRequestSchema = z.object({ listId: ZRecordId, contactId: ZRecordId });
export const ZAddSavedViewRequestSchema = z.object({ listId: ZRecordId, viewId: ZRecordId });
export const ZContactListRequestSchema = z.object({ id: ZRecordId });
