import { z } from "zod";
import { zText, zMultilineText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";

/**
 * A link's address: a web address only. A stored `javascript:` or `data:` address would run in the
 * CRM's origin when clicked, and the Links section shows every link as a clickable chip.
 */
export const ZLinkUrl = zText({ error: "Enter the address" })
  .min(1, "Enter the address")
  .max(2000, "Keep the address under 2,000 characters")
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a full web address, starting with https://" });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      ctx.addIssue({ code: "custom", message: "Only web addresses (http:// or https://) can be links" });
    else if (!url.hostname)
      ctx.addIssue({ code: "custom", message: "Enter a full web address, starting with https://" });
  });

const linkFields = {
  title: zText({ error: "Title is required" })
    .min(1, "Title is required")
    .max(200, "Keep the title under 200 characters"),
  url: ZLinkUrl,
  description: zMultilineText()
    .max(1000, "Keep the description under 1,000 characters")
    .optional()
    .transform((v) => v || null),
};

export const ZCreateLinkRequestSchema = z.object({ accountId: ZRecordId, ...linkFields });
export type CreateLinkRequest = z.output<typeof ZCreateLinkRequestSchema>;

export const ZUpdateLinkRequestSchema = z.object({
  id: ZRecordId,
  version: z.number().int().min(1),
  ...linkFields,
});
export type UpdateLinkRequest = z.output<typeof ZUpdateLinkRequestSchema>;

export const ZDeleteLinkRequestSchema = z.object({ id: ZRecordId });
