import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import { accountScope, interactionScope } from "../access/visibility.ts";

/**
 * An attachment is as visible as its interaction, and only while the viewer also sees the
 * interaction's account: another team's attachment is the same 404 as a missing one.
 */
export function attachmentScope(viewer: Viewer): Prisma.InteractionAttachmentWhereInput {
  return { interaction: { ...interactionScope(viewer), account: accountScope(viewer) } };
}

/** The same rule for the interaction itself, when attachments are added to it. */
export function attachableInteractionScope(viewer: Viewer): Prisma.InteractionWhereInput {
  return { ...interactionScope(viewer), account: accountScope(viewer) };
}

/** What a list of attachments shows: never the bytes. */
export const attachmentSummarySelect = {
  id: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} satisfies Prisma.InteractionAttachmentSelect;
