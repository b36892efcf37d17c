import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { listCsv, prepareExport } from "@/server/export/stream-list-csv.ts";
import { errorResponse, unauthorized } from "@/server/http/error-response.ts";
import { logger } from "@/server/logger.ts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// GET /api/export/<list>?<the list page's own query string> streams that list view as CSV.
export async function GET(req: Request, { params }: { params: Promise<{ entity: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return unauthorized();
  let prepared;
  try {
    prepared = prepareExport((await params).entity, new URL(req.url).searchParams);
  } catch (err) {
    return errorResponse(err);
  }
  const { entity, input } = prepared;
  const rows = listCsv({ db, viewer }, entity, input);
  const encoder = new TextEncoder();
  // Pull-based: the next keyset batch is read only when the client has taken the last one.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await rows.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        // Headers are gone by now: abort the download so a truncated file is not mistaken for a whole one.
        logger.error({ err, entity }, "export stream failed");
        controller.error(err);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${entity}-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
    },
  });
}
