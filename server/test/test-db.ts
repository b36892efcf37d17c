import fs from "node:fs";
import { inject } from "vitest";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPrismaClient, type Db } from "../db/create-client.ts";
import { isPostgresUrl } from "../../scripts/lib/database-url.mjs";

export type TestDb = { db: Db; url: string; close: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// PostgreSQL refuses to copy a template while another copy of it is under way: wait and retry.
async function createFromTemplate(serverUrl: string, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (e) {
      if (attempt >= 50 || !String(e).includes("being accessed by other users")) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    } finally {
      await admin.end();
    }
  }
}

/**
 * A fresh migrated database for one test file: a clone of the run's PGlite template, or, when
 * DATABASE_URL points at PostgreSQL, a new database made from the run's template database.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.DATABASE_URL;
  const template = inject("postgresTemplate");
  if (serverUrl && isPostgresUrl(serverUrl) && template) {
    const name = `dealfloor_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await createFromTemplate(serverUrl, name, template);
    const url = withDatabase(serverUrl, name);
    const db = createPrismaClient(url);
    return {
      db,
      url,
      async close() {
        await db.$disconnect();
        const drop = new pg.Client({ connectionString: serverUrl });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await drop.end();
      },
    };
  }
  const tarball = inject("pgliteTemplate");
  const pglite = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(tarball)]), extensions: { pg_trgm } });
  const db = createPrismaClient("pglite:memory", pglite);
  return {
    db,
    url: "pglite:memory",
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
