import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import type { ImportEntity, LeadImportRow } from "./import-fields.ts";
import type { RowProblem } from "./import-request.ts";
import type { ValidRow } from "./validate-rows.ts";
import type { Update } from "./apply-import.ts";
import { findDuplicates } from "./find-duplicates.ts";

type Tx = Prisma.TransactionClient;

/** What one batch of valid rows becomes: new records, updates, and rows refused or skipped. */
export type BatchPlan = { create: ValidRow[]; update: Update[]; errors: RowProblem[]; skipped: RowProblem[] };

/** What the file's earlier batches leave for the later ones to check against. */
export type FileKeys = { firstRowOf: Map<string, number>; partyIds: Set<string> };

export const newFileKeys = (): FileKeys => ({ firstRowOf: new Map(), partyIds: new Set() });

/** Party ID is a unique business key: one already in use, or repeated in the file, is a row error. */
async function partyIdProblems(
  db: Tx,
  rows: ValidRow[],
  seen: Set<string>,
): Promise<{ ok: ValidRow[]; errors: RowProblem[] }> {
  const ids = rows.map((r) => (r.data as LeadImportRow).partyId).filter((v): v is string => !!v);
  const taken = new Set(
    (await db.lead.findMany({ where: { partyId: { in: ids } }, select: { partyId: true } })).map(
      (l) => l.partyId,
    ),
  );
  const ok: ValidRow[] = [];
  const errors: RowProblem[] = [];
  for (const r of rows) {
    const id = (r.data as LeadImportRow).partyId;
    if (id && (taken.has(id) || seen.has(id)))
      errors.push({
        row: r.row,
        field: "Party ID",
        message: taken.has(id)
          ? "Party ID is already in use"
          : "Party ID repeats an earlier row of this file",
        value: id,
      });
    else ok.push(r);
    if (id) seen.add(id);
  }
  return { ok, errors };
}

/**
 * Checks a batch of valid rows against the database (inside the import's transaction, so the
 * file's earlier batches are already there) and against the file's earlier rows.
 */
export async function planBatch(
  db: Tx,
  viewer: Viewer,
  entity: ImportEntity,
  duplicateMode: "skip" | "update",
  valid: ValidRow[],
  keys: FileKeys,
): Promise<BatchPlan> {
  const plan: BatchPlan = { create: [], update: [], errors: [], skipped: [] };
  if (entity === "leads") {
    const checked = await partyIdProblems(db, valid, keys.partyIds);
    valid = checked.ok;
    plan.errors = checked.errors;
  }
  const dup = await findDuplicates(db, viewer, entity, valid, keys.firstRowOf);
  for (const r of valid) {
    const earlier = dup.inFile.get(r.row);
    const existing = dup.existing.get(r.row);
    if (earlier !== undefined)
      plan.skipped.push({
        row: r.row,
        field: "Email/Phone",
        message: `Same e-mail or phone as row ${earlier} of this file`,
      });
    else if (existing && duplicateMode === "update") plan.update.push({ row: r, id: existing });
    else if (existing)
      plan.skipped.push({
        row: r.row,
        field: "Email/Phone",
        message: `Duplicate of an existing record (${existing}); skipped`,
      });
    else plan.create.push(r);
  }
  return plan;
}
