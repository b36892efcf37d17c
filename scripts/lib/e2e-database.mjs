import pg from "pg";
import { isPostgresUrl } from "./database-url.mjs";

export const E2E_PGLITE_DIR = "data/e2e-pglite";
export const E2E_PG_DATABASE = "dealfloor_e2e";

/** The e2e server's own database: beside the user's, never the user's. */
export function e2eDatabaseUrl(env) {
  if (env.DATABASE_URL && isPostgresUrl(env.DATABASE_URL)) {
    const u = new URL(env.DATABASE_URL);
    u.pathname = `/${E2E_PG_DATABASE}`;
    return u.toString();
  }
  return `pglite:${E2E_PGLITE_DIR}`;
}

/** Drops the database a postgres:// URL names (connections and all), and creates it anew if asked. */
export async function resetPostgresDatabase(url, { recreate }) {
  const server = new URL(url);
  const name = server.pathname.slice(1);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (recreate) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}
