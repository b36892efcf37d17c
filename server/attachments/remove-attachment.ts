import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { attachmentScope, attachmentSummarySelect } from "./attachment-scope.ts";

/**
 * Removes an attachment (its bytes go with it). The delete is conditional on the row still being
 * there, so of several concurrent removals one deletes and writes the audit entry; the others find
 * it gone, the same 404 as an attachment that never existed.
 */
export async function removeAttachment(ctx: ServiceContext, id: string) {
  const found = await ctx.db.interactionAttachment.findFirst({
    where: { id, ...attachmentScope(ctx.viewer) },
    select: { ...attachmentSummarySelect, interactionId: true },
  });
  if (!found) throw notFound("Attachment");
  return mutate(ctx, {
    action: "attachment.remove",
    entityType: "InteractionAttachment",
    run: async (tx) => {
      const { count } = await tx.interactionAttachment.deleteMany({ where: { id: found.id } });
      if (count === 0) throw notFound("Attachment");
      return {
        result: { id: found.id, interactionId: found.interactionId },
        entityId: found.id,
        before: found,
      };
    },
  });
}
