import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { startImport } from "@/server/import/run-import.ts";
import { MAX_IMPORT_BYTES } from "@/server/import/import-request.ts";
import { AppError, AppErrorCode } from "@/server/errors.ts";
import { errorResponse, unauthorized } from "@/server/http/error-response.ts";
import { refuseCrossOrigin } from "@/server/http/same-origin.ts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// POST multipart/form-data: `file` (the CSV) and `options` (JSON, ZStartImportRequestSchema).
// Answers 202 with the job id at once; the import runs in the background and the page polls it.
export async function POST(req: Request) {
  const refused = refuseCrossOrigin(req);
  if (refused) return refused;
  const viewer = await getViewer();
  if (!viewer) return unauthorized();
  try {
    const length = Number(req.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES)
      throw new AppError(AppErrorCode.BAD_REQUEST, "The file is too large (200 MB at most).", {
        fields: { file: "Too large" },
      });
    const form = await req.formData().catch(() => {
      throw new AppError(AppErrorCode.BAD_REQUEST, "Send the file as multipart form data.", {
        fields: { file: "Missing" },
      });
    });
    const file = form.get("file");
    if (!(file instanceof File))
      throw new AppError(AppErrorCode.BAD_REQUEST, "Choose a CSV file.", {
        fields: { file: "Choose a CSV file" },
      });
    let options: unknown;
    try {
      options = JSON.parse(String(form.get("options") ?? "{}"));
    } catch {
      throw new AppError(AppErrorCode.BAD_REQUEST, "The import options are not valid JSON.", {
        fields: { options: "Not JSON" },
      });
    }
    const result = await startImport(
      { db, viewer },
      { ...(options as object), fileName: file.name } as never,
      await file.text(),
    );
    return Response.json(result, { status: 202 });
  } catch (err) {
    return errorResponse(err);
  }
}
