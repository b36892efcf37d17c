import { csvLine } from "../export/csv-format.ts";
import type { ImportJobView } from "./get-import-job.ts";

/** The downloadable validation report: one line per problem, in file order. */
export function importReportCsv(job: ImportJobView): string {
  const report = job.report;
  let out = `\uFEFF${csvLine(["Row", "Field", "Problem", "Value", "Outcome"])}`;
  if (!report) return out;
  const lines = [
    ...report.errors.map((p) => ({ ...p, outcome: "not imported" })),
    ...report.skipped.map((p) => ({ ...p, outcome: "skipped (duplicate)" })),
  ].sort((a, b) => a.row - b.row);
  for (const p of lines) out += csvLine([p.row, p.field, p.message, p.value ?? "", p.outcome]);
  if (report.truncated)
    out += csvLine([
      "",
      "",
      "More problems than the report keeps (10,000); fix these and import again to see the rest.",
      "",
      "",
    ]);
  return out;
}
