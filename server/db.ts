import "server-only";
import { createPrismaClient, type Db } from "./db/create-client.ts";

// One client per process. Kept on globalThis so dev reloads do not open a PGlite data dir twice.
const globalForDb = globalThis as unknown as { dealfloorDb?: Db };

export const db: Db = (globalForDb.dealfloorDb ??= createPrismaClient());
export type { Db };
