// CSV cells as spreadsheet users open them: RFC 4180 quoting, and formula-looking text defused so
// a contact named "=HYPERLINK(…)" cannot run in the reader's Excel (CSV injection).
const FORMULA_START = /^[=+@\t\r]|^-(?![\d.])/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A calendar date column (@db.Date) as YYYY-MM-DD. */
export function isoDate(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : "";
}
