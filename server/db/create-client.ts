import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { databaseUrl, isPostgresUrl, pgliteDir } from "../../scripts/lib/database-url.mjs";

export type Db = PrismaClient;

/**
 * A Prisma client on PostgreSQL (DATABASE_URL=postgres://…) or on an embedded PGlite directory.
 * Pass an open PGlite to share it (tests clone one per file).
 */
export function createPrismaClient(url: string = databaseUrl(), pglite?: PGlite): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  }
  const dir = pgliteDir(url);
  const pg = pglite ?? (dir === "memory" ? new PGlite() : new PGlite(dir));
  return new PrismaClient({ adapter: new PrismaPGlite(pg) });
}
