import Papa from "papaparse";
import type { Prisma } from "../generated/prisma/client.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { isAdmin, visibleTeamIds } from "../access/viewer.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ServiceContext } from "../service-context.ts";
import type { ImportEntity } from "./import-fields.ts";
import {
  MAX_IMPORT_ROWS,
  ZStartImportRequestSchema,
  type ImportReport,
  type RowProblem,
  type StartImportRequest,
} from "./import-request.ts";
import { mappingProblems, validateRows, type ValidRow } from "./validate-rows.ts";
import { newFileKeys, planBatch } from "./plan-batch.ts";
import { importColumns, prepareInsert, updateRecords, type Owner } from "./apply-import.ts";
import { liveImports } from "./import-progress.ts";
import { nextTick } from "./next-tick.ts";
import { logger } from "../logger.ts";
import { fieldMessagesOf } from "../trpc/field-errors.ts";

// An import is all-or-nothing: every good row is written in ONE transaction, together with the
// job's final counts and its audit entry. A crash, a constraint violation or a restart mid-way
// leaves no record behind. Bad rows are reported, never half-written; with "import nothing", the
// first bad row stops the writing and the transaction rolls back what was written before it.

// Rows are validated, checked and written a batch at a time; validation yields to the event loop
// after every slice.
const BATCH = 10_000;
// Small slices: a statement that finishes mid-slice waits for the slice before the next one is sent.
const VALIDATE_SLICE = 500;
const MAX_REPORTED = 10_000;
const TX_TIMEOUT_MS = 30 * 60_000;

type Ctx = Pick<ServiceContext, "db" | "viewer" | "requestId">;

function badRequest(message: string, fields?: Record<string, string>): AppError {
  return new AppError(AppErrorCode.BAD_REQUEST, message, fields ? { fields } : undefined);
}

async function resolveOwner({ db, viewer }: Ctx, teamId: string | undefined): Promise<Owner> {
  if (teamId) {
    const allowed = isAdmin(viewer)
      ? !!(await db.team.findUnique({ where: { id: teamId }, select: { id: true } }))
      : visibleTeamIds(viewer).includes(teamId);
    if (!allowed) throw badRequest("Choose one of your teams.", { teamId: "Not one of your teams" });
    return { ownerId: viewer.id, teamId };
  }
  const first = visibleTeamIds(viewer)[0];
  if (!first)
    throw badRequest("Choose the team the imported records belong to.", { teamId: "Choose a team" });
  return { ownerId: viewer.id, teamId: first };
}

/** Reads the file, checks the options and creates the job; the import itself runs in the background. */
export async function startImport(
  ctx: Ctx,
  input: StartImportRequest,
  csv: string,
): Promise<{ jobId: string; totalRows: number }> {
  const parsedReq = ZStartImportRequestSchema.safeParse(input);
  if (!parsedReq.success) {
    throw badRequest("The import options are not valid.", fieldMessagesOf(parsedReq.error, "options"));
  }
  const req = parsedReq.data;
  const owner = await resolveOwner(ctx, req.teamId);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((h) => !h.trim()))
    throw badRequest("The file is empty: the first line must name the columns.", { file: "No header row" });
  if (rows.length === 0)
    throw badRequest("The file has a header but no rows to import.", { file: "No data rows" });
  if (rows.length > MAX_IMPORT_ROWS)
    throw badRequest(`At most ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} rows per file.`, {
      file: "Too many rows",
    });
  const headers = headerRow.map((h) => h.trim());
  const problems = mappingProblems(req.entity, headers, req.mapping);
  if (Object.keys(problems).length)
    throw badRequest("Some fields are not mapped to a column of the file.", problems);

  const job = await ctx.db.importJob.create({
    data: {
      entity: req.entity,
      fileName: req.fileName,
      duplicateMode: req.duplicateMode,
      mapping: req.mapping,
      totalRows: rows.length,
      createdById: ctx.viewer.id,
    },
  });
  liveImports.set(job.id, { createdById: ctx.viewer.id, processed: 0, total: rows.length });
  // Not awaited: the page polls the job. Errors end in the job row, never in an unhandled rejection.
  void runImport(ctx, job.id, req, owner, headers, rows).finally(() => liveImports.delete(job.id));
  return { jobId: job.id, totalRows: rows.length };
}

/** The file's problems so far; the report keeps the first MAX_REPORTED of them. */
type Tally = {
  errors: RowProblem[];
  skipped: RowProblem[];
  errorRows: Set<number>;
  created: number;
  updated: number;
};

function reportOf(t: Tally, message?: string): ImportReport {
  const problems = t.errors.length + t.skipped.length;
  const errors = t.errors.slice(0, MAX_REPORTED);
  return {
    errors,
    skipped: t.skipped.slice(0, Math.max(0, MAX_REPORTED - errors.length)),
    created: t.created,
    updated: t.updated,
    skippedRows: t.skipped.length,
    truncated: problems > MAX_REPORTED,
    message,
  };
}

/** Thrown inside the transaction to roll back an "import nothing" file that has bad rows. */
class NothingImported extends Error {}

/** Thrown inside the transaction when the job stopped being this run's (marked FAILED as stale). */
class JobLost extends Error {}

/**
 * A job runs once: it moves from PENDING to RUNNING in one conditional statement, and only the
 * caller that made the move imports. Every later write of the job's outcome is conditional on
 * RUNNING too, so an outcome written by someone else (a reader that took the job for dead) is
 * never overwritten.
 */
async function claimJob(db: Ctx["db"], jobId: string): Promise<boolean> {
  const { count } = await db.importJob.updateMany({
    where: { id: jobId, status: "PENDING" },
    data: { status: "RUNNING" },
  });
  return count === 1;
}

/**
 * Runs the tasks given to it one at a time, in order: a transaction has one connection. After a
 * task fails, the later ones fail with the same error without running.
 */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run;
    return run;
  };
}

/** Validates a batch a slice at a time, so the server keeps answering other requests meanwhile. */
async function validateBatch(
  entity: ImportEntity,
  headers: string[],
  mapping: Record<string, string>,
  rows: string[][],
  firstRow: number,
) {
  const valid: ValidRow[] = [];
  const errors: RowProblem[] = [];
  for (let i = 0; i < rows.length; i += VALIDATE_SLICE) {
    const slice = validateRows(entity, headers, mapping, rows.slice(i, i + VALIDATE_SLICE), firstRow + i);
    valid.push(...slice.valid);
    errors.push(...slice.errors);
    await nextTick();
  }
  return { valid, errors };
}

/**
 * Keeps the job row's count current for readers on other instances (and its updatedAt fresh, so
 * they do not take it for a dead import). It goes through its own connection, outside the import's
 * transaction, and is never awaited: on PGlite it waits for the transaction to end, and by then
 * the job is no longer RUNNING, so a late update changes nothing.
 */
function progressReporter(db: Ctx["db"], jobId: string, createdById: string, total: number) {
  let lastWrite = 0;
  let inFlight = false;
  return (processed: number) => {
    liveImports.set(jobId, { createdById, processed, total });
    if (inFlight || Date.now() - lastWrite < 1_000) return;
    inFlight = true;
    lastWrite = Date.now();
    void db.importJob
      .updateMany({ where: { id: jobId, status: "RUNNING" }, data: { processedRows: processed } })
      .catch(() => {})
      .finally(() => (inFlight = false));
  };
}

export async function runImport(
  ctx: Ctx,
  jobId: string,
  req: {
    entity: ImportEntity;
    duplicateMode: "skip" | "update";
    onErrors: "import-valid" | "import-nothing";
    mapping: Record<string, string>;
    fileName: string;
  },
  owner: Owner,
  headers: string[],
  rows: string[][],
): Promise<void> {
  const { db, viewer } = ctx;
  const tally: Tally = { errors: [], skipped: [], errorRows: new Set(), created: 0, updated: 0 };
  const nothingOnError = req.onErrors === "import-nothing";
  const ms = { validate: 0, check: 0, waitForWrite: 0 };
  const started = performance.now();
  const finish = (t: Tally, message?: string) => ({
    status: "COMPLETED" as const,
    processedRows: rows.length,
    importedRows: t.created + t.updated,
    errorRows: t.errorRows.size,
    report: reportOf(t, message) as unknown as Prisma.InputJsonValue,
    finishedAt: new Date(),
  });
  if (!(await claimJob(db, jobId))) {
    logger.warn({ jobId }, "import job already started; not run again");
    return;
  }
  try {
    const progress = progressReporter(db, jobId, viewer.id, rows.length);
    await db.$transaction(
      async (tx) => {
        // Each batch's statements look expensive to the planner (10,000 rows), so PostgreSQL
        // would JIT-compile them, spending more time compiling than running: 190 ms instead of
        // 60 ms for a batch's phone lookup.
        await tx.$executeRawUnsafe("SET LOCAL jit = off");
        // The duplicate check probes indexes key by key. On a table whose statistics say it is tiny
        // (a new install, or rows this import just wrote) PostgreSQL would scan it once per key
        // instead; every other statement here goes by primary or unique key anyway.
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const keys = newFileKeys();
        const columns = await importColumns(tx, req.entity);
        // The transaction's one connection is the bottleneck, so it is never left waiting on
        // JavaScript: later batches are validated, and their duplicate checks queued, while batch N
        // is still being written, and a batch's insert is built before it joins the queue.
        // Statements run in the order queued; each batch's write follows its own check. At most
        // four batches are in flight, so memory stays bounded (three left the connection idle for
        // 0.8 s more of a 200k-row import).
        const onConnection = serialQueue();
        const inFlight: Promise<void>[] = [];
        for (let start = 0; start < rows.length; start += BATCH) {
          let t = performance.now();
          const batch = await validateBatch(
            req.entity,
            headers,
            req.mapping,
            rows.slice(start, start + BATCH),
            start + 2,
          );
          ms.validate += performance.now() - t;
          for (const e of batch.errors) tally.errorRows.add(e.row);
          const planned = onConnection(async () => {
            const t0 = performance.now();
            const plan = await planBatch(tx, viewer, req.entity, req.duplicateMode, batch.valid, keys);
            ms.check += performance.now() - t0;
            return plan;
          });
          const done = planned.then(async (plan) => {
            for (const e of plan.errors) tally.errorRows.add(e.row);
            tally.errors.push(...[...batch.errors, ...plan.errors].sort((a, b) => a.row - b.row));
            tally.skipped.push(...plan.skipped);
            // "Import nothing": after the first bad row nothing more is written; it all rolls back.
            if (!(nothingOnError && tally.errorRows.size > 0)) {
              const insert = await prepareInsert(req.entity, columns, plan.create, owner);
              await onConnection(async () => {
                tally.created += await insert(tx);
                tally.updated += await updateRecords(tx, req.entity, plan.update, owner);
              });
            }
            progress(Math.min(start + BATCH, rows.length));
          });
          done.catch(() => {}); // awaited below; this only keeps Node from calling it unhandled meanwhile
          inFlight.push(done);
          if (inFlight.length >= 4) {
            t = performance.now();
            await inFlight.shift();
            ms.waitForWrite += performance.now() - t;
          }
        }
        const t = performance.now();
        for (const done of inFlight) await done;
        ms.waitForWrite += performance.now() - t;
        if (nothingOnError && tally.errorRows.size > 0) throw new NothingImported();
        const summary = {
          entity: req.entity,
          fileName: req.fileName,
          rows: rows.length,
          created: tally.created,
          updated: tally.updated,
          skipped: tally.skipped.length,
          errorRows: tally.errorRows.size,
          duplicateMode: req.duplicateMode,
          onErrors: req.onErrors,
          teamId: owner.teamId,
        };
        await recordAudit(tx, {
          actorId: viewer.id,
          action: "import",
          entityType: "ImportJob",
          entityId: jobId,
          after: summary,
          requestId: ctx.requestId ?? null,
        });
        const done = await tx.importJob.updateMany({
          where: { id: jobId, status: "RUNNING" },
          data: finish(tally),
        });
        // Marked FAILED meanwhile: its report says nothing was imported, so nothing is.
        if (done.count !== 1) throw new JobLost();
      },
      { timeout: TX_TIMEOUT_MS, maxWait: 60_000 },
    );
    logger.info(
      { jobId, rows: rows.length, totalMs: Math.round(performance.now() - started), ...roundAll(ms) },
      "import finished",
    );
  } catch (err) {
    if (err instanceof NothingImported) {
      const bad = tally.errorRows.size;
      const message = `Nothing was imported: ${bad.toLocaleString("en-GB")} ${bad === 1 ? "row has" : "rows have"} errors. Fix them and import the file again.`;
      await db.importJob.updateMany({
        where: { id: jobId, status: "RUNNING" },
        data: finish({ ...tally, created: 0, updated: 0 }, message),
      });
      return;
    }
    if (err instanceof JobLost) {
      logger.warn({ jobId }, "import job was marked failed while it ran; its transaction rolled back");
      return;
    }
    const reason = err instanceof AppError ? err.message : "an unexpected error";
    await db.importJob
      .updateMany({
        where: { id: jobId, status: "RUNNING" },
        data: {
          status: "FAILED",
          finishedAt: new Date(),
          report: {
            errors: [],
            skipped: [],
            created: 0,
            updated: 0,
            truncated: false,
            message: `Nothing was imported: the import stopped on ${reason}. Try again; if it happens again, quote job ${jobId}.`,
          },
        },
      })
      .catch(() => {});
    logger.error({ err, jobId }, "import failed; its transaction rolled back");
  }
}

const roundAll = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [`${k}Ms`, Math.round(v)]));
