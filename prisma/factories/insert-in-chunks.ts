import type { Prisma, PrismaClient } from "../../server/generated/prisma/client.ts";

/** A client or the `tx` of an interactive transaction: factories work inside either. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

export type ModelProp = Prisma.TypeMap["meta"]["modelProps"];

type CreateManyData<M extends ModelProp> =
  Prisma.TypeMap["model"][Capitalize<M>]["operations"]["createMany"]["args"]["data"];

/** The row shape `createMany` takes for a model, e.g. `CreateManyRow<"contact">`. */
export type CreateManyRow<M extends ModelProp> = Extract<CreateManyData<M>, readonly unknown[]>[number];

type CreateManyDelegate<M extends ModelProp> = {
  createMany(args: { data: CreateManyRow<M>[] }): Promise<{ count: number }>;
};

/**
 * Inserts rows with one multi-row INSERT per chunk. Chunks run one after another so this works
 * inside a transaction; `concurrency` > 1 (outside a transaction, on PostgreSQL's pool) overlaps
 * them. Prisma splits a chunk further when it would pass PostgreSQL's 65,535-parameter limit.
 */
export async function insertInChunks<M extends ModelProp>(
  db: DbClient,
  model: M,
  rows: readonly CreateManyRow<M>[],
  chunkSize = 5000,
  { concurrency = 1 }: { concurrency?: number } = {},
): Promise<number> {
  const delegate = (db as unknown as Record<ModelProp, CreateManyDelegate<M>>)[model];
  const chunks: CreateManyRow<M>[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) chunks.push(rows.slice(i, i + chunkSize));
  let inserted = 0;
  for (let i = 0; i < chunks.length; i += concurrency) {
    const results = await Promise.all(chunks.slice(i, i + concurrency).map((data) => delegate.createMany({ data })));
    for (const r of results) inserted += r.count;
  }
  return inserted;
}
