import crypto from "node:crypto";
import pg from "pg";
import { isPostgresUrl } from "./database-url.mjs";

export const E2E_PGLITE_DIR = "data/e2e-pglite";
export const E2E_FIRST_RUN_PGLITE_DIR = "data/e2e-pglite-first-run";
export const E2E_PG_DATABASE_PREFIX = "dealfloor_e2e_";

/**
 * The e2e server's own database: beside the user's, never the user's. E2E_DATABASE_URL wins when
 * set (playwright.config.ts sets it once per run, so the server, the workers and the teardown agree);
 * otherwise a fresh database name on the DATABASE_URL server, or the embedded dir data/e2e-pglite.
 */
export function e2eDatabaseUrl(env) {
  if (env.E2E_DATABASE_URL) return env.E2E_DATABASE_URL;
  if (env.DATABASE_URL && isPostgresUrl(env.DATABASE_URL)) {
    const u = new URL(env.DATABASE_URL);
    u.pathname = `/${E2E_PG_DATABASE_PREFIX}${crypto.randomBytes(4).toString("hex")}`;
    return u.toString();
  }
  return `pglite:${E2E_PGLITE_DIR}`;
}

/**
 * The first-run server's database (e2e/first-run.spec.ts): empty, beside the e2e database, so the
 * journeys on the seeded one are not disturbed. A second PostgreSQL database named after the first,
 * or its own PGlite directory.
 */
export function e2eFirstRunDatabaseUrl(env) {
  const url = e2eDatabaseUrl(env);
  if (!isPostgresUrl(url)) return `pglite:${E2E_FIRST_RUN_PGLITE_DIR}`;
  const u = new URL(url);
  u.pathname = `${u.pathname}_first_run`;
  return u.toString();
}

/**
 * Drops the database a postgres:// URL names (connections and all), and creates it anew if asked.
 * The statements run on `adminUrl` (by default DATABASE_URL when it is a postgres:// URL, which
 * exists by definition, else the server's `postgres` database).
 */
export async function resetPostgresDatabase(url, { recreate, adminUrl } = { recreate: false }) {
  const name = new URL(url).pathname.slice(1);
  let admin =
    adminUrl ?? (isPostgresUrl(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : undefined);
  if (!admin || new URL(admin).pathname.slice(1) === name) {
    const u = new URL(url);
    u.pathname = "/postgres";
    admin = u.toString();
  }
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (recreate) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
