import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
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
  return new PrismaClient({ adapter: new PrismaPGlite(pglite ?? openPglite(url)) });
}

/** The embedded database of a pglite: URL. pg_trgm backs global search; PGlite loads extensions per instance. */
export function openPglite(url: string): PGlite {
  const dir = pgliteDir(url);
  return dir === "memory"
    ? new PGlite({ extensions: { pg_trgm } })
    : new PGlite(dir, { extensions: { pg_trgm } });
}
