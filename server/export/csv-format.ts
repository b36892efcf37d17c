import { Prisma } from "../generated/prisma/client.ts";

// CSV cells as spreadsheet users open them: RFC 4180 quoting, and formula-looking text defused so
// a contact named "=HYPERLINK(…)" cannot run in the reader's Excel (CSV injection, OWASP).
//
// Every text cell that starts with = + - @ tab or CR gets a leading single quote, whatever
// follows: "-1+1" and "-2+3+cmd|' /C calc'!A0" are formulas to Excel, so "starts with minus and a
// digit" is no reason to trust text. Only values a column types as numbers (number, bigint,
// Decimal, or csvNumber) are written as they are: they cannot hold a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A numeric column's value that arrives as text (a formatted amount): written as is when it is a plain number. */
export class CsvNumber {
  constructor(readonly text: string) {}
}

/** Marks a numeric column's value; null and undefined stay empty cells. */
export function csvNumber(value: string | number | Prisma.Decimal | null | undefined): CsvNumber | null {
  if (value === null || value === undefined) return null;
  return new CsvNumber(Prisma.Decimal.isDecimal(value) ? value.toFixed() : String(value));
}

function numberText(value: unknown): string | null {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  // toFixed(), not toString(): no exponent notation ("1e+21") in a spreadsheet's number cell.
  if (Prisma.Decimal.isDecimal(value)) return value.toFixed();
  if (value instanceof CsvNumber && PLAIN_NUMBER.test(value.text)) return value.text;
  return null;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const number = numberText(value);
  if (number !== null) return number;
  let s =
    value instanceof Date ? value.toISOString() : value instanceof CsvNumber ? value.text : String(value);
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
