import type { ImportJob } from "../generated/prisma/client.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import type { ImportReport } from "./import-request.ts";
import { liveImports } from "./import-progress.ts";

// A job still RUNNING that no process here is working on, untouched this long, was cut off (a
// restart): its transaction rolled back, so it is marked FAILED with nothing imported.
const STALE_MS = 10 * 60_000;

export type ImportJobView = {
  id: string;
  entity: string;
  fileName: string;
  status: ImportJob["status"];
  phase: "queued" | "importing" | "done";
  duplicateMode: string;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  errorRows: number;
  /** 0–100: rows validated, checked and written so far. */
  percent: number;
  report: ImportReport | null;
  createdAt: Date;
  finishedAt: Date | null;
};

function view(job: ImportJob): ImportJobView {
  const live = liveImports.get(job.id);
  const done = job.status === "COMPLETED" || job.status === "FAILED";
  const phase = done ? "done" : job.status === "PENDING" && !live ? "queued" : "importing";
  const processed = done ? job.processedRows : (live?.processed ?? job.processedRows);
  const percent = done ? 100 : job.totalRows > 0 ? Math.min(100, (100 * processed) / job.totalRows) : 0;
  return {
    id: job.id,
    entity: job.entity,
    fileName: job.fileName,
    status: job.status,
    phase,
    duplicateMode: job.duplicateMode,
    totalRows: job.totalRows,
    processedRows: processed,
    importedRows: job.importedRows,
    errorRows: job.errorRows,
    percent: Math.round(percent),
    report: (job.report as ImportReport | null) ?? null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** The viewer's own import job; anyone else's looks missing. */
export async function getImportJob(
  { db, viewer }: Pick<ServiceContext, "db" | "viewer">,
  jobId: string,
): Promise<ImportJobView> {
  let job = await db.importJob.findFirst({ where: { id: jobId, createdById: viewer.id } });
  if (!job) throw notFound("Import");
  const running = job.status === "PENDING" || job.status === "RUNNING";
  if (running && !liveImports.has(job.id) && Date.now() - job.updatedAt.getTime() > STALE_MS) {
    // Only if nothing touched the job since it was read: an import that finished (or reported
    // progress) in between keeps its own outcome.
    await db.importJob.updateMany({
      where: { id: job.id, status: job.status, updatedAt: job.updatedAt },
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        report: {
          errors: [],
          skipped: [],
          created: 0,
          updated: 0,
          truncated: false,
          message: "The import was interrupted (the server restarted). Nothing was imported; run it again.",
        },
      },
    });
    job = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
  }
  return view(job);
}

export async function listImportJobs({
  db,
  viewer,
}: Pick<ServiceContext, "db" | "viewer">): Promise<ImportJobView[]> {
  const jobs = await db.importJob.findMany({
    where: { createdById: viewer.id },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return jobs.map(view);
}
