import Papa from "papaparse";
import type { Prisma } from "../generated/prisma/client.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { isAdmin, visibleTeamIds } from "../access/viewer.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ServiceContext } from "../service-context.ts";
import type { ImportEntity, LeadImportRow } from "./import-fields.ts";
import { MAX_IMPORT_ROWS, ZStartImportRequestSchema, type ImportReport, type RowProblem, type StartImportRequest } from "./import-request.ts";
import { mappingProblems, validateRows, type ValidRow } from "./validate-rows.ts";
import { findDuplicates } from "./find-duplicates.ts";
import { insertRecords, updateRecords, type Owner, type Update } from "./apply-import.ts";
import { liveImports } from "./import-progress.ts";
import { logger } from "../logger.ts";

// An import is all-or-nothing: every good row is written in ONE transaction, together with the
// job's final counts and its audit entry. A crash, a constraint violation or a restart mid-way
// leaves no record behind. Bad rows are validated up front and reported, never half-written.

const VALIDATE_BATCH = 5_000;
const MAX_REPORTED = 10_000;
const TX_TIMEOUT_MS = 30 * 60_000;

type Ctx = Pick<ServiceContext, "db" | "viewer" | "requestId">;

function badRequest(message: string, fields?: Record<string, string>): AppError {
  return new AppError(AppErrorCode.BAD_REQUEST, message, fields ? { fields } : undefined);
}

async function resolveOwner({ db, viewer }: Ctx, teamId: string | undefined): Promise<Owner> {
  if (teamId) {
    const allowed = isAdmin(viewer) ? !!(await db.team.findUnique({ where: { id: teamId }, select: { id: true } })) : visibleTeamIds(viewer).includes(teamId);
    if (!allowed) throw badRequest("Choose one of your teams.", { teamId: "Not one of your teams" });
    return { ownerId: viewer.id, teamId };
  }
  const first = visibleTeamIds(viewer)[0];
  if (!first) throw badRequest("Choose the team the imported records belong to.", { teamId: "Choose a team" });
  return { ownerId: viewer.id, teamId: first };
}

/** Reads the file, checks the options and creates the job; the import itself runs in the background. */
export async function startImport(ctx: Ctx, input: StartImportRequest, csv: string): Promise<{ jobId: string; totalRows: number }> {
  const parsedReq = ZStartImportRequestSchema.safeParse(input);
  if (!parsedReq.success) {
    throw badRequest("The import options are not valid.", Object.fromEntries(parsedReq.error.issues.map((i) => [i.path.join(".") || "options", i.message])));
  }
  const req = parsedReq.data;
  const owner = await resolveOwner(ctx, req.teamId);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((h) => !h.trim())) throw badRequest("The file is empty: the first line must name the columns.", { file: "No header row" });
  if (rows.length === 0) throw badRequest("The file has a header but no rows to import.", { file: "No data rows" });
  if (rows.length > MAX_IMPORT_ROWS) throw badRequest(`At most ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} rows per file.`, { file: "Too many rows" });
  const headers = headerRow.map((h) => h.trim());
  const problems = mappingProblems(req.entity, headers, req.mapping);
  if (Object.keys(problems).length) throw badRequest("Some fields are not mapped to a column of the file.", problems);

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
  liveImports.set(job.id, { createdById: ctx.viewer.id, phase: "validating", processed: 0, total: rows.length });
  // Not awaited: the page polls the job. Errors end in the job row, never in an unhandled rejection.
  void runImport(ctx, job.id, req, owner, headers, rows).finally(() => liveImports.delete(job.id));
  return { jobId: job.id, totalRows: rows.length };
}

type Plan = { create: ValidRow[]; update: Update[]; errors: RowProblem[]; skipped: RowProblem[] };

/** Party ID is a unique business key: one already in use, or repeated in the file, is a row error. */
async function partyIdProblems({ db }: Ctx, rows: ValidRow[]): Promise<{ ok: ValidRow[]; errors: RowProblem[] }> {
  const ids = rows.map((r) => (r.data as LeadImportRow).partyId).filter((v): v is string => !!v);
  const taken = new Set<string>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const found = await db.lead.findMany({ where: { partyId: { in: ids.slice(i, i + 5_000) } }, select: { partyId: true } });
    for (const l of found) taken.add(l.partyId);
  }
  const seen = new Set<string>();
  const ok: ValidRow[] = [];
  const errors: RowProblem[] = [];
  for (const r of rows) {
    const id = (r.data as LeadImportRow).partyId;
    if (id && (taken.has(id) || seen.has(id))) errors.push({ row: r.row, field: "Party ID", message: taken.has(id) ? "Party ID is already in use" : "Party ID repeats an earlier row of this file", value: id });
    else ok.push(r);
    if (id) seen.add(id);
  }
  return { ok, errors };
}

async function plan(ctx: Ctx, jobId: string, entity: ImportEntity, req: { duplicateMode: "skip" | "update" }, headers: string[], rows: string[][], mapping: Record<string, string>): Promise<Plan> {
  let valid: ValidRow[] = [];
  let errors: RowProblem[] = [];
  let lastWrite = Date.now();
  for (let start = 0; start < rows.length; start += VALIDATE_BATCH) {
    const batch = validateRows(entity, headers, mapping, rows.slice(start, start + VALIDATE_BATCH), start + 2);
    valid = valid.concat(batch.valid);
    errors = errors.concat(batch.errors);
    const processed = Math.min(start + VALIDATE_BATCH, rows.length);
    liveImports.set(jobId, { ...liveImports.get(jobId)!, processed });
    if (Date.now() - lastWrite > 1_000) {
      await ctx.db.importJob.update({ where: { id: jobId }, data: { processedRows: processed } });
      lastWrite = Date.now();
    }
    await new Promise((r) => setImmediate(r)); // let the server answer other requests
  }
  if (entity === "leads") {
    const checked = await partyIdProblems(ctx, valid);
    valid = checked.ok;
    errors = errors.concat(checked.errors);
  }
  const dup = await findDuplicates(ctx, entity, valid);
  const result: Plan = { create: [], update: [], errors, skipped: [] };
  for (const r of valid) {
    const earlier = dup.inFile.get(r.row);
    const existing = dup.existing.get(r.row);
    if (earlier !== undefined) result.skipped.push({ row: r.row, field: "Email/Phone", message: `Same e-mail or phone as row ${earlier} of this file` });
    else if (existing && req.duplicateMode === "update") result.update.push({ row: r, id: existing });
    else if (existing) result.skipped.push({ row: r.row, field: "Email/Phone", message: `Duplicate of an existing record (${existing}); skipped` });
    else result.create.push(r);
  }
  return result;
}

function reportOf(p: Plan, created: number, updated: number, message?: string): ImportReport {
  const problems = p.errors.length + p.skipped.length;
  const errors = p.errors.slice(0, MAX_REPORTED);
  return {
    errors,
    skipped: p.skipped.slice(0, Math.max(0, MAX_REPORTED - errors.length)),
    created,
    updated,
    truncated: problems > MAX_REPORTED,
    message,
  };
}

export async function runImport(
  ctx: Ctx,
  jobId: string,
  req: { entity: ImportEntity; duplicateMode: "skip" | "update"; onErrors: "import-valid" | "import-nothing"; mapping: Record<string, string>; fileName: string },
  owner: Owner,
  headers: string[],
  rows: string[][],
): Promise<void> {
  const { db, viewer } = ctx;
  try {
    await db.importJob.update({ where: { id: jobId }, data: { status: "RUNNING" } });
    const p = await plan(ctx, jobId, req.entity, req, headers, rows, req.mapping);
    const errorRows = new Set(p.errors.map((e) => e.row)).size;
    const nothing = req.onErrors === "import-nothing" && errorRows > 0;
    const create = nothing ? [] : p.create;
    const update = nothing ? [] : p.update;
    const message = nothing ? `Nothing was imported: ${errorRows.toLocaleString("en-GB")} rows have errors. Fix them and import the file again.` : undefined;

    liveImports.set(jobId, { createdById: viewer.id, phase: "writing", processed: 0, total: create.length + update.length });
    await db.$transaction(
      async (tx) => {
        const created = await insertRecords(tx, req.entity, create, owner, (done) => liveImports.set(jobId, { ...liveImports.get(jobId)!, processed: done }));
        const updated = await updateRecords(tx, req.entity, update, owner);
        const report = reportOf(p, created, updated, message);
        const summary = {
          entity: req.entity,
          fileName: req.fileName,
          rows: rows.length,
          created,
          updated,
          skipped: p.skipped.length,
          errorRows,
          duplicateMode: req.duplicateMode,
          onErrors: req.onErrors,
          teamId: owner.teamId,
        };
        await recordAudit(tx, { actorId: viewer.id, action: "import", entityType: "ImportJob", entityId: jobId, after: summary, requestId: ctx.requestId ?? null });
        await tx.importJob.update({
          where: { id: jobId },
          data: {
            status: "COMPLETED",
            processedRows: rows.length,
            importedRows: created + updated,
            errorRows,
            report: report as unknown as Prisma.InputJsonValue,
            finishedAt: new Date(),
          },
        });
      },
      { timeout: TX_TIMEOUT_MS, maxWait: 60_000 },
    );
  } catch (err) {
    const reason = err instanceof AppError ? err.message : "an unexpected error";
    await db.importJob
      .update({
        where: { id: jobId },
        data: {
          status: "FAILED",
          finishedAt: new Date(),
          report: { errors: [], skipped: [], created: 0, updated: 0, truncated: false, message: `Nothing was imported: the import stopped on ${reason}. Try again; if it happens again, quote job ${jobId}.` },
        },
      })
      .catch(() => {});
    logger.error({ err, jobId }, "import failed; its transaction rolled back");
  }
}
