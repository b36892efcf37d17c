import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { getImportJob } from "@/server/import/get-import-job.ts";
import { importReportCsv } from "@/server/import/import-report-csv.ts";
import { ZImportJobRequestSchema } from "@/server/import/import-request.ts";
import { AppError, AppErrorCode } from "@/server/errors.ts";
import { errorResponse, unauthorized } from "@/server/http/error-response.ts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The validation report of one of the viewer's imports, as CSV. */
export async function GET(_req: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return unauthorized();
  try {
    const parsed = ZImportJobRequestSchema.safeParse(await params);
    if (!parsed.success)
      throw new AppError(AppErrorCode.BAD_REQUEST, "Not a valid import id", {
        fields: { jobId: "Not a valid id" },
      });
    const job = await getImportJob({ db, viewer }, parsed.data.jobId);
    return new Response(importReportCsv(job), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="import-report-${job.id}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
