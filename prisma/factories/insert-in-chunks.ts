import type { Prisma, PrismaClient } from "../../server/generated/prisma/client.ts";

/** A client or the `tx` of an interactive transaction: factories work inside either. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

export type ModelProp = Prisma.TypeMap["meta"]["modelProps"];

type CreateManyData<M extends ModelProp> =
  Prisma.TypeMap["model"][Capitalize<M>]["operations"]["createMany"]["args"]["data"];

/** The row shape `createMany` takes for a model, e.g. `CreateManyRow<"contact">`. */
export type CreateManyRow<M extends ModelProp> = Extract<CreateManyData<M>, readonly unknown[]>[number];

type AnyCreateManyDelegate<R> = { createMany(args: { data: R[] }): Promise<{ count: number }> };
type ChunkOptions = { concurrency?: number };

async function runChunks<R>(
  delegate: AnyCreateManyDelegate<R>,
  rows: readonly R[],
  chunkSize: number,
  concurrency: number,
) {
  const chunks: R[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) chunks.push(rows.slice(i, i + chunkSize));
  let inserted = 0;
  for (let i = 0; i < chunks.length; i += concurrency) {
    const results = await Promise.all(
      chunks.slice(i, i + concurrency).map((data) => delegate.createMany({ data })),
    );
    for (const r of results) inserted += r.count;
  }
  return inserted;
}

/**
 * Inserts rows with one multi-row INSERT per chunk, either on a delegate
 * (`insertInChunks(tx.contact, rows)`) or by model name (`insertInChunks(tx, "contact", rows)`,
 * which types the rows). Chunks run one after another so this works inside a transaction;
 * `concurrency` > 1 (outside a transaction, on PostgreSQL's pool) overlaps them. Prisma splits a
 * chunk further when it would pass PostgreSQL's 65,535-parameter limit. Past ~100k rows see
 * insertByUnnest: createMany costs ~0.5 ms of client CPU a row.
 */
export async function insertInChunks<R>(
  delegate: AnyCreateManyDelegate<R>,
  rows: readonly R[],
  chunkSize?: number,
  options?: ChunkOptions,
): Promise<number>;
export async function insertInChunks<M extends ModelProp>(
  db: DbClient,
  model: M,
  rows: readonly CreateManyRow<M>[],
  chunkSize?: number,
  options?: ChunkOptions,
): Promise<number>;
export async function insertInChunks(
  target: unknown,
  second: unknown,
  third?: unknown,
  fourth?: unknown,
  fifth?: unknown,
): Promise<number> {
  if (typeof second === "string") {
    const delegate = (target as Record<string, AnyCreateManyDelegate<unknown>>)[second];
    if (!delegate) throw new Error(`no model "${second}"`);
    const { concurrency = 1 } = (fifth as ChunkOptions | undefined) ?? {};
    return runChunks(
      delegate,
      third as readonly unknown[],
      (fourth as number | undefined) ?? 5000,
      concurrency,
    );
  }
  const { concurrency = 1 } = (fourth as ChunkOptions | undefined) ?? {};
  return runChunks(
    target as AnyCreateManyDelegate<unknown>,
    second as readonly unknown[],
    (third as number | undefined) ?? 5000,
    concurrency,
  );
}
