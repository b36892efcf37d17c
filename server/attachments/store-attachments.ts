import { z } from "zod";
import { zText } from "../records/text.ts";
import type { Tx } from "../records/mutate.ts";

export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
/** Per interaction, however they arrive (with the interaction, or added to it later). */
export const MAX_ATTACHMENTS_PER_INTERACTION = 20;

/** The bytes a base64 text decodes to, without decoding it. */
const decodedLength = (base64: string) =>
  Math.floor((base64.length * 3) / 4) - (base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0);

// Attachment: files ride base64-encoded inside the request; 2 MB each keeps requests sane. The type
// the browser declares is kept, but the download serves it only when it is on a safe list
// (download-headers.ts), so a declared text/html cannot run in the CRM's origin.
export const ZAttachmentSchema = z
  .object({
    fileName: zText().min(1, "The file needs a name").max(200, "Keep the file name under 200 characters"),
    mimeType: zText().max(100).default("application/octet-stream"),
    base64: z.base64("Attachment is not valid base64"),
  })
  .refine((a) => decodedLength(a.base64) <= MAX_ATTACHMENT_BYTES, {
    message: "An attachment may be at most 2 MB",
    path: ["base64"],
  });
export type AttachmentUpload = z.output<typeof ZAttachmentSchema>;

/** Writes the files of one interaction; the names go into its audit entry. */
export async function storeAttachments(tx: Tx, interactionId: string, files: AttachmentUpload[]) {
  if (!files.length) return [];
  const rows = files.map((a) => {
    const content = Buffer.from(a.base64, "base64");
    return {
      interactionId,
      fileName: a.fileName,
      mimeType: a.mimeType || "application/octet-stream",
      sizeBytes: content.length,
      content,
    };
  });
  return tx.interactionAttachment.createManyAndReturn({
    data: rows,
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
  });
}
