import type { PGlite } from "@electric-sql/pglite";
import { createPrismaClient, openPglite, type Db } from "./create-client.ts";
import { databaseUrl, isPostgresUrl } from "../../scripts/lib/database-url.mjs";

// One client per process. Kept on globalThis so dev reloads, and code bundled apart from the
// routes (instrumentation.ts's job workers), never open a PGlite data dir twice: two owners of one
// directory silently lose rows. The job queue shares the same PGlite instance.
const globalForDb = globalThis as unknown as { dealfloorDb?: Db; dealfloorPglite?: PGlite };

export function processDb(): Db {
  if (!globalForDb.dealfloorDb) {
    const url = databaseUrl();
    if (!isPostgresUrl(url)) globalForDb.dealfloorPglite = openPglite(url);
    globalForDb.dealfloorDb = createPrismaClient(url, globalForDb.dealfloorPglite);
  }
  return globalForDb.dealfloorDb;
}

/** The embedded database behind processDb(), or undefined on PostgreSQL. */
export function processPglite(): PGlite | undefined {
  processDb();
  return globalForDb.dealfloorPglite;
}
