import { z } from "zod";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { ZCulture } from "./cultures.ts";
import { templateTextProblems } from "./template-text.ts";

/** The channels a template is written for. */
export const TEMPLATE_CHANNELS = ["EMAIL", "SMS", "CHAT"] as const;

const ZVersion = z.object({
  culture: ZCulture,
  subject: zText()
    .max(300, "Use at most 300 characters")
    .nullish()
    .transform((v) => v || null),
  body: zText({ multiline: true }).min(1, "Write the body").max(20_000, "Use at most 20,000 characters"),
});

const templateFields = {
  name: zText().min(1, "Enter the template's name").max(120, "Use at most 120 characters"),
  channel: z.enum(TEMPLATE_CHANNELS, "Choose a channel"),
  isMarketing: z.boolean().default(false),
  versions: z.array(ZVersion).min(1, "Add at least one culture").max(30, "At most 30 cultures"),
};

// Unknown placeholders and stray braces are refused here, on the field of the culture that has
// them, so an admin learns at save time what a rep would otherwise send.
function checkVersions(
  v: { channel: string; versions: { culture: string; subject: string | null; body: string }[] },
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  v.versions.forEach((version, i) => {
    if (seen.has(version.culture))
      ctx.addIssue({
        code: "custom",
        path: ["versions", i, "culture"],
        message: `${version.culture} is listed twice`,
      });
    seen.add(version.culture);
    for (const field of ["subject", "body"] as const) {
      const problems = templateTextProblems(version[field] ?? "");
      if (problems.length)
        ctx.addIssue({
          code: "custom",
          path: ["versions", i, field],
          message: problems.map((p) => p.message).join("; "),
        });
    }
    if (v.channel === "EMAIL" && !version.subject)
      ctx.addIssue({ code: "custom", path: ["versions", i, "subject"], message: "Write the subject" });
  });
}

export const ZCreateTemplateRequestSchema = z.object(templateFields).superRefine(checkVersions);
export const ZUpdateTemplateRequestSchema = z
  .object({ id: ZRecordId, version: z.int().min(1), ...templateFields })
  .superRefine(checkVersions);

export type CreateTemplateRequest = z.output<typeof ZCreateTemplateRequestSchema>;
export type UpdateTemplateRequest = z.output<typeof ZUpdateTemplateRequestSchema>;

export const ZListTemplatesRequestSchema = z
  .object({ channel: z.enum(TEMPLATE_CHANNELS).optional() })
  .prefault({});

export const ZRenderTemplateRequestSchema = z.object({
  templateId: ZRecordId,
  accountId: ZRecordId,
  contactId: ZRecordId.optional(),
  opportunityId: ZRecordId.optional(),
  culture: ZCulture.optional(),
});
export type RenderTemplateRequest = z.output<typeof ZRenderTemplateRequestSchema>;

export const ZTemplateRecordsRequestSchema = z.object({
  query: zText().max(100).default(""),
});
