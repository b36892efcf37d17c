import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./create-client.ts";

/** A client or the `tx` of an interactive transaction. */
type DbClient = Db | Prisma.TransactionClient;

// Prisma's createMany spends ~0.5 ms of client CPU per row (argument validation and the query
// compiler), so a million contacts with their phones and e-mails take ~20 minutes that way. This
// path sends one array per column and lets PostgreSQL unnest them: the client only builds arrays.
// Used by the CSV import, the volume bench and any seed that goes past ~100k rows.

export type Column = {
  name: string;
  udt: string;
  isArray: boolean;
  defaultSql: string | null;
  nullable: boolean;
};

const columnCache = new WeakMap<object, Map<string, Promise<Column[]>>>();

/** The table's columns, read once per client. */
export function columnsOf(db: DbClient, table: string): Promise<Column[]> {
  let perDb = columnCache.get(db);
  if (!perDb) {
    perDb = new Map();
    columnCache.set(db, perDb);
  }
  let cols = perDb.get(table);
  if (!cols) {
    cols = db
      .$queryRawUnsafe<
        { name: string; udt: string; data_type: string; column_default: string | null; is_nullable: string }[]
      >(
        `SELECT column_name AS name, udt_name AS udt, data_type, column_default, is_nullable
           FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        table,
      )
      .then((rows) => {
        if (rows.length === 0) throw new Error(`no table "${table}"`);
        return rows.map((r) => ({
          name: r.name,
          udt: r.udt,
          isArray: r.data_type === "ARRAY",
          defaultSql: r.column_default,
          nullable: r.is_nullable === "YES",
        }));
      });
    perDb.set(table, cols);
  }
  return cols;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function toText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    // Decimal.js (Prisma.Decimal) prints exactly; anything else here is a Json column.
    if (typeof (value as { toFixed?: unknown }).toFixed === "function") return String(value);
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * A column's values as one PostgreSQL text[] literal. Drivers disagree on JS arrays as parameters
 * (PGlite stringifies an array of an enum type as "A,B,C"), so every column travels as a single
 * text parameter, cast to text[] and then to the column's type in SQL.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  return textArrayLiteral(values.map(toText));
}

function textArrayLiteral(texts: readonly (string | null)[]): string {
  const parts = new Array<string>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    parts[i] = t === null || t === undefined ? "NULL" : `"${t.replace(/[\\"]/g, "\\$&")}"`;
  }
  return `{${parts.join(",")}}`;
}

/** One `INSERT … SELECT FROM unnest(…)` with its parameters, ready to run. */
export type UnnestInsert = { sql: string; params: string[] };

/**
 * The statements inserting plain rows (the build*() shapes) into `table`, one per chunk, built
 * without touching the database. Rules the caller keeps: every row has its `id`; array columns
 * are not supported (use insertInChunks for Account); `updatedAt` is filled with the insert time
 * when absent, as Prisma's @updatedAt would.
 */
export function unnestInserts(
  table: string,
  all: Column[],
  rows: readonly Record<string, unknown>[],
  chunkSize = 20_000,
): UnnestInsert[] {
  const byName = new Map(all.map((c) => [c.name, c]));
  const present = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (row[key] !== undefined) present.add(key);
  if (byName.has("updatedAt")) present.add("updatedAt");
  const columns = [...present].map((name) => {
    const c = byName.get(name);
    if (!c) throw new Error(`"${table}" has no column "${name}"`);
    if (c.isArray) throw new Error(`"${table}"."${name}" is an array column: use insertInChunks`);
    return c;
  });
  // A column some rows leave out gets its database default there, as createMany would;
  // `updatedAt` has none in the database (Prisma fills it), so it gets the insert time.
  const withDefault = (c: Column, value: string) => {
    const d = c.defaultSql ?? (c.name === "updatedAt" ? "CURRENT_TIMESTAMP" : null);
    return d ? `COALESCE(${value}, ${d})` : value;
  };
  const names = columns.map((c) => quote(c.name)).join(", ");

  const statements: UnnestInsert[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    // A column with one value for the whole chunk (owner, team, type…) travels once as a scalar,
    // not as an array of thousands of copies that PostgreSQL would parse and cast one by one.
    const params: string[] = [];
    const unnested: string[] = [];
    const select = columns.map((c) => {
      const texts = chunk.map((row) => toText(row[c.name]));
      if (texts.every((t) => t === texts[0])) {
        if (texts[0] === null) return withDefault(c, `NULL::${quote(c.udt)}`);
        params.push(texts[0]!);
        return withDefault(c, `$${params.length}::text::${quote(c.udt)}`);
      }
      params.push(textArrayLiteral(texts));
      unnested.push(`$${params.length}::text[]`);
      return withDefault(c, `u.c${unnested.length - 1}::${quote(c.udt)}`);
    });
    const from = unnested.length
      ? `unnest(${unnested.join(", ")}) AS u(${unnested.map((_, i) => `c${i}`).join(", ")})`
      : `generate_series(1, ${chunk.length}) AS u`;
    statements.push({
      sql: `INSERT INTO ${quote(table)} (${names}) SELECT ${select.join(", ")} FROM ${from}`,
      params,
    });
  }
  return statements;
}

/** Runs the statements in order; the number of rows inserted. Works inside an interactive transaction. */
export async function runInserts(db: DbClient, statements: readonly UnnestInsert[]): Promise<number> {
  let inserted = 0;
  for (const s of statements) inserted += await db.$executeRawUnsafe(s.sql, ...s.params);
  return inserted;
}

/**
 * Inserts plain rows into `table` ("Contact", "ContactMechanism"…) with one
 * `INSERT … SELECT FROM unnest(…)` per chunk (see unnestInserts for the rules).
 */
export async function insertByUnnest(
  db: DbClient,
  table: string,
  rows: readonly Record<string, unknown>[],
  chunkSize = 20_000,
): Promise<number> {
  if (rows.length === 0) return 0;
  return runInserts(db, unnestInserts(table, await columnsOf(db, table), rows, chunkSize));
}
