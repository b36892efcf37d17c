import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { deploy, freshPGlite } from "../../scripts/lib/migrator.mjs";
import { isPostgresUrl } from "../../scripts/lib/database-url.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

// One migrated database per run; every test file clones it (PGlite ~0.5 s, PostgreSQL a
// CREATE DATABASE … TEMPLATE) instead of migrating again. With DATABASE_URL=postgres://… the tests
// run on PostgreSQL only (scripts/test.mjs runs vitest once without it for PGlite).
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  const onPostgres = !!url && isPostgresUrl(url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dealfloor-test-"));
  let tarball = "";
  if (!onPostgres) {
    tarball = path.join(dir, "migrated.tar");
    const pglite = await freshPGlite();
    await deploy("pglite:memory", pglite);
    fs.writeFileSync(tarball, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
    await pglite.close();
  }
  project.provide("pgliteTemplate", tarball);

  let templateName: string | null = null;
  if (onPostgres) {
    templateName = `dealfloor_tpl_${crypto.randomBytes(5).toString("hex")}`;
    await adminQuery(url, `CREATE DATABASE "${templateName}"`);
    try {
      await deploy(withDatabase(url, templateName));
    } catch (e) {
      await adminQuery(url, `DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
      throw e;
    }
  }
  project.provide("postgresTemplate", templateName);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (onPostgres && templateName)
      await adminQuery(url, `DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
