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
// CREATE DATABASE … TEMPLATE) instead of migrating again.
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dealfloor-test-"));
  const tarball = path.join(dir, "migrated.tar");
  const pglite = await freshPGlite();
  await deploy("pglite:memory", pglite);
  fs.writeFileSync(tarball, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await pglite.close();
  project.provide("pgliteTemplate", tarball);

  const url = process.env.DATABASE_URL;
  let templateName: string | null = null;
  if (url && isPostgresUrl(url)) {
    templateName = `dealfloor_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${templateName}"`);
    await admin.end();
    await deploy(withDatabase(url, templateName));
  }
  project.provide("postgresTemplate", templateName);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (url && templateName) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
