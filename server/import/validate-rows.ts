import { toE164 } from "../phone/to-e164.ts";
import { importFields, importRowSchemas, type ImportEntity, type ImportRow } from "./import-fields.ts";
import type { RowProblem } from "./import-request.ts";
import { fieldErrorsOf } from "../trpc/field-errors.ts";
import { storableText } from "../records/text.ts";

export type ValidRow = { row: number; data: ImportRow; e164: string | null; emailLower: string | null };

// The report quotes a bad value, and the report is a JSON column: a NUL the row was refused for, or
// a pair cut in half at 100 characters, must not fail the whole job when the report is saved.
const shown = (value: string | undefined) =>
  value === undefined ? undefined : storableText(value.slice(0, 100));

/** The mapping must name a column for every required field, and only columns the file has. */
export function mappingProblems(
  entity: ImportEntity,
  headers: string[],
  mapping: Record<string, string>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const known = new Set(importFields[entity].map((f) => f.key));
  for (const key of Object.keys(mapping)) if (!known.has(key)) problems[key] = `Not a field of ${entity}`;
  for (const f of importFields[entity]) {
    const column = mapping[f.key];
    if (f.required && !column) problems[f.key] = `${f.label} is required: choose the column it comes from`;
    else if (column && !headers.includes(column)) problems[f.key] = `The file has no column "${column}"`;
  }
  return problems;
}

/**
 * Validates one batch of data rows (`firstRow` is the file line of rows[0]; the header is line 1).
 * Pure and synchronous, so the caller decides how often to yield to the event loop.
 */
export function validateRows(
  entity: ImportEntity,
  headers: string[],
  mapping: Record<string, string>,
  rows: string[][],
  firstRow: number,
): { valid: ValidRow[]; errors: RowProblem[] } {
  const schema = importRowSchemas[entity];
  const fields = importFields[entity];
  const labelOf = new Map(fields.map((f) => [f.key, f.label]));
  const columns = fields.map((f) => [f.key, mapping[f.key] ? headers.indexOf(mapping[f.key]!) : -1] as const);
  const valid: ValidRow[] = [];
  const errors: RowProblem[] = [];
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const raw: Record<string, string> = {};
    for (const [key, index] of columns) raw[key] = index >= 0 ? (cells[index] ?? "") : "";
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const { formErrors, fieldErrors } = fieldErrorsOf(parsed.error);
      for (const message of formErrors) errors.push({ row, field: "", message });
      for (const [key, messages] of Object.entries(fieldErrors)) {
        for (const message of messages)
          errors.push({ row, field: labelOf.get(key) ?? key, message, value: shown(raw[key]) });
      }
      return;
    }
    const data = parsed.data;
    let e164: string | null = null;
    if (data.phone) {
      e164 = toE164(data.phone);
      if (!e164) {
        errors.push({
          row,
          field: "Phone",
          message: "Not a phone number (national numbers are read as UK)",
          value: shown(data.phone),
        });
        return;
      }
    }
    valid.push({ row, data, e164, emailLower: data.email ? data.email.toLowerCase() : null });
  });
  return { valid, errors };
}
