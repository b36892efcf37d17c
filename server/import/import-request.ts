import { z } from "zod";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { IMPORT_ENTITIES } from "./import-fields.ts";

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000_000;

/** The options chosen on the import page; the file travels beside them. */
export const ZStartImportRequestSchema = z.object({
  entity: z.enum(IMPORT_ENTITIES, "Choose what to import: contacts, accounts or leads"),
  fileName: zText().min(1, "Choose a CSV file").max(255),
  /** Field key → the CSV header it is read from. */
  mapping: z.record(zText({ trim: false }).max(100), zText({ trim: false }).max(200)),
  duplicateMode: z
    .enum(["skip", "update"], "Choose whether duplicates are skipped or updated")
    .default("skip"),
  /** Bad rows are reported either way; this says whether the good rows still go in. */
  onErrors: z.enum(["import-valid", "import-nothing"]).default("import-valid"),
  /** The team the new records belong to; the importer's first team when omitted. */
  teamId: ZRecordId.optional(),
});
export type StartImportRequest = z.input<typeof ZStartImportRequestSchema>;

export const ZImportJobRequestSchema = z.object({ jobId: ZRecordId });

export type RowProblem = { row: number; field: string; message: string; value?: string };
export type ImportReport = {
  errors: RowProblem[];
  skipped: RowProblem[];
  created: number;
  updated: number;
  /** Duplicates skipped, all of them (`skipped` stops at the stored cap). Older jobs lack it. */
  skippedRows?: number;
  /** Problems beyond the stored cap are counted, not listed. */
  truncated: boolean;
  message?: string;
};
