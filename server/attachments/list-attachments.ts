import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { attachableInteractionScope, attachmentSummarySelect } from "./attachment-scope.ts";

/** The attachments of one interaction the viewer can see, oldest first (the order they were added). */
export async function listAttachments({ db, viewer }: ServiceContext, interactionId: string) {
  const interaction = await db.interaction.findFirst({
    where: { id: interactionId, ...attachableInteractionScope(viewer) },
    select: {
      id: true,
      attachments: { select: attachmentSummarySelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!interaction) throw notFound("Interaction");
  return interaction.attachments;
}
