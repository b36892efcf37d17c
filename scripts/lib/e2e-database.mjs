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
