import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { attachmentScope } from "./attachment-scope.ts";

/** One attachment with its bytes, for the download route. */
export async function getAttachmentFile({ db, viewer }: ServiceContext, id: string) {
  const file = await db.interactionAttachment.findFirst({
    where: { id, ...attachmentScope(viewer) },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, content: true },
  });
  if (!file) throw notFound("Attachment");
  return file;
}
