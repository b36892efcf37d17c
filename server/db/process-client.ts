import { createPrismaClient, type Db } from "./create-client.ts";

// One client per process. Kept on globalThis so dev reloads, and code bundled apart from the
// routes (instrumentation.ts's schedules), never open a PGlite data dir twice: two owners of one
// directory silently lose rows.
const globalForDb = globalThis as unknown as { dealfloorDb?: Db };

export function processDb(): Db {
  return (globalForDb.dealfloorDb ??= createPrismaClient());
}
