import fs from "node:fs";
import { inject } from "vitest";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPrismaClient, type Db } from "../db/create-client.ts";
import { isPostgresUrl } from "../../scripts/lib/database-url.mjs";

export type TestDb = {
  /** A Prisma client on a fresh, migrated, empty database of this test file's own. */
  db: Db;
  /** `pglite:memory`, or the postgres:// URL of the fresh database. */
  url: string;
  /** The PGlite instance behind `db` (PGlite runs only), e.g. for scripts/lib/migrator.mjs's drift(url, pg). */
  pglite?: PGlite;
  /** Disconnects, and drops the PostgreSQL database. Call it in afterAll. */
  close: () => Promise<void>;
};

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

// PostgreSQL refuses to copy a template while another copy of it is under way: wait and retry.
async function createFromTemplate(serverUrl: string, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (e) {
      if (attempt >= 50 || !String(e).includes("being accessed by other users")) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

/**
 * A fresh migrated database for one test file: a clone of the run's PGlite template (~0.5 s), or,
 * when DATABASE_URL points at PostgreSQL, a new database made from the run's template database.
 *
 *   let t: TestDb;
 *   beforeAll(async () => { t = await createTestDb(); });
 *   afterAll(() => t.close());
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.DATABASE_URL;
  const template = inject("postgresTemplate");
  if (serverUrl && isPostgresUrl(serverUrl)) {
    if (!template)
      throw new Error(
        "No PostgreSQL template database: is server/test/global-setup.ts the vitest globalSetup?",
      );
    const name = `dealfloor_test_${Math.random().toString(36).slice(2, 12)}`;
    await createFromTemplate(serverUrl, name, template);
    const url = withDatabase(serverUrl, name);
    const db = createPrismaClient(url);
    return {
      db,
      url,
      async close() {
        await db.$disconnect();
        // FORCE: a connection a test left open (a pool, a LISTEN) must not keep the database alive.
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const tarball = inject("pgliteTemplate");
  if (!tarball) throw new Error("No PGlite template: is server/test/global-setup.ts the vitest globalSetup?");
  const pglite = await PGlite.create({
    loadDataDir: new Blob([fs.readFileSync(tarball)]),
    extensions: { pg_trgm },
  });
  const db = createPrismaClient("pglite:memory", pglite);
  return {
    db,
    url: "pglite:memory",
    pglite,
    async close() {
      await db.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
