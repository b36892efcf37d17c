import { z } from "zod";
import { zText } from "../records/text.ts";
import { AppError, AppErrorCode } from "../errors.ts";

// Keyset ("seek") pagination: a page starts after the last row of the previous one, so page
// 10,000 costs what page 1 costs. The cursor is the sort key of that last row, ending in its id.

export type SortField = { name: string; dir: "asc" | "desc"; type: "string" | "date" | "number" };
export type KeysetSpec = { fields: SortField[] };

export const ZPageRequestSchema = z.object({
  cursor: zText({ trim: false }).max(500).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export type Page<T> = { items: T[]; nextCursor: string | null };

// The id breaks ties in the direction of the last key, so an index on (key…, id) serves a
// descending order by scanning backwards instead of sorting.
function allFields(spec: KeysetSpec): SortField[] {
  const last = spec.fields[spec.fields.length - 1];
  return [...spec.fields, { name: "id", dir: last?.dir ?? "asc", type: "string" }];
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

function decodeCursor(spec: KeysetSpec, cursor: string): unknown[] {
  const fields = allFields(spec);
  try {
    const raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(raw) || raw.length !== fields.length) throw new Error("shape");
    return raw.map((v, i) => {
      const field = fields[i]!;
      if (field.type === "date") {
        const d = new Date(String(v));
        if (Number.isNaN(d.getTime())) throw new Error("date");
        return d;
      }
      if (field.type === "number" && typeof v !== "number") throw new Error("number");
      if (field.type === "string" && typeof v !== "string") throw new Error("string");
      return v;
    });
  } catch {
    throw new AppError(AppErrorCode.BAD_REQUEST, "Invalid page cursor");
  }
}

/**
 * (a, b, id) > (va, vb, vid) in the spec's directions, as a Prisma where. Prisma cannot write a
 * row-value comparison, and PostgreSQL cannot turn the OR of branches into an index range on its
 * own, so the leading field also gets a plain bound (a >= va) that the index can seek to.
 */
function afterCursor(spec: KeysetSpec, values: unknown[]): Record<string, unknown> {
  const fields = allFields(spec);
  const branches = fields.map((field, i) => {
    const equalBefore = Object.fromEntries(fields.slice(0, i).map((f, j) => [f.name, values[j]]));
    return { ...equalBefore, [field.name]: { [field.dir === "asc" ? "gt" : "lt"]: values[i] } };
  });
  const lead = fields[0]!;
  return { AND: [{ [lead.name]: { [lead.dir === "asc" ? "gte" : "lte"]: values[0] } }, { OR: branches }] };
}

export function orderByOf(spec: KeysetSpec): Record<string, "asc" | "desc">[] {
  return allFields(spec).map((f) => ({ [f.name]: f.dir }));
}

/**
 * One page of rows. `fetch` runs the entity's own findMany with the where, order and take given;
 * the caller's where already holds the viewer's scope and the filters.
 */
export async function keysetPage<Row extends Record<string, unknown>, Where>(
  spec: KeysetSpec,
  page: { cursor?: string; limit: number },
  where: Where,
  fetch: (args: { where: Where; orderBy: Record<string, "asc" | "desc">[]; take: number }) => Promise<Row[]>,
): Promise<Page<Row>> {
  const seek = page.cursor ? afterCursor(spec, decodeCursor(spec, page.cursor)) : null;
  const rows = await fetch({
    where: (seek ? { AND: [where, seek] } : where) as Where,
    orderBy: orderByOf(spec),
    take: page.limit + 1,
  });
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > page.limit && last
      ? encodeCursor(
          allFields(spec).map((f) => {
            const v = last[f.name];
            return v instanceof Date ? v.toISOString() : v;
          }),
        )
      : null;
  return { items, nextCursor };
}
