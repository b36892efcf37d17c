import { z } from "zod";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import { ZRecordId } from "../records/record-id.ts";
import type { ServiceContext } from "../service-context.ts";
import { attachableInteractionScope } from "./attachment-scope.ts";
import { MAX_ATTACHMENTS_PER_INTERACTION, storeAttachments, ZAttachmentSchema } from "./store-attachments.ts";

export const ZAddAttachmentsRequestSchema = z.object({
  interactionId: ZRecordId,
  attachments: z.array(ZAttachmentSchema).min(1, "Choose a file").max(5, "At most 5 attachments at a time"),
});
export type AddAttachmentsRequest = z.output<typeof ZAddAttachmentsRequestSchema>;

/** Attaches files to an interaction the viewer can see (the Result tab's Attachment, after the fact). */
export async function addAttachments(ctx: ServiceContext, req: AddAttachmentsRequest) {
  const interaction = await ctx.db.interaction.findFirst({
    where: { id: req.interactionId, ...attachableInteractionScope(ctx.viewer) },
    select: { id: true },
  });
  if (!interaction) throw notFound("Interaction");
  return mutate(ctx, {
    action: "attachment.add",
    entityType: "Interaction",
    run: async (tx) => {
      // The interaction's row lock makes the count and the insert one step for concurrent uploads.
      await tx.$queryRaw`SELECT 1 FROM "Interaction" WHERE "id" = ${interaction.id}::uuid FOR UPDATE`;
      const existing = await tx.interactionAttachment.count({ where: { interactionId: interaction.id } });
      if (existing + req.attachments.length > MAX_ATTACHMENTS_PER_INTERACTION)
        throw new AppError(
          AppErrorCode.BAD_REQUEST,
          `An interaction holds at most ${MAX_ATTACHMENTS_PER_INTERACTION} attachments`,
          { field: "attachments" },
        );
      const added = await storeAttachments(tx, interaction.id, req.attachments);
      return { result: added, entityId: interaction.id, after: { attachments: added } };
    },
  });
}
