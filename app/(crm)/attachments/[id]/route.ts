import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { getAttachmentFile } from "@/server/attachments/get-attachment-file.ts";
import { downloadHeaders } from "@/server/attachments/download-headers.ts";
import { ZRecordId } from "@/server/records/record-id.ts";
import { AppError, AppErrorCode } from "@/server/errors.ts";
import { errorResponse, unauthorized } from "@/server/http/error-response.ts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Downloads one attachment of an interaction the viewer can see; anything else is a 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return unauthorized();
  try {
    const parsed = ZRecordId.safeParse((await params).id);
    if (!parsed.success)
      throw new AppError(AppErrorCode.BAD_REQUEST, "Not a valid attachment id", {
        fields: { id: "Not a valid id" },
      });
    const file = await getAttachmentFile({ db, viewer }, parsed.data);
    return new Response(new Uint8Array(file.content), {
      headers: downloadHeaders(file, file.content.length),
    });
  } catch (err) {
    return errorResponse(err);
  }
}
