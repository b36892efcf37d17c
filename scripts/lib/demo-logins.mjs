// Reads the database's users without the app: `npm start` decides whether to seed and prints the
// demo logins. On PGlite the directory is opened once for the migrations and the query, and closed
// again before the server starts (one process owns a data directory).
import fs from "node:fs";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { deploy } from "./migrator.mjs";
import { isPostgresUrl, pgliteDir } from "./database-url.mjs";

const USERS_SQL = `SELECT email, role, "isDemo" AS demo, "disabledAt" IS NULL AS active FROM "User" ORDER BY role::text, email`;

async function withConnection(url, fn) {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn({ query: async (sql) => (await client.query(sql)).rows });
    } finally {
      await client.end();
    }
  }
  const dir = pgliteDir(url);
  if (dir !== "memory") fs.mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir === "memory" ? undefined : dir, { extensions: { pg_trgm } });
  try {
    return await fn({ pglite: db, query: async (sql) => (await db.query(sql)).rows });
  } finally {
    await db.close();
  }
}

const summarize = (rows) => ({
  userCount: rows.length,
  demoLogins: rows.filter((u) => u.demo && u.active).map(({ email, role }) => ({ email, role })),
});

/** Applies pending migrations and reads the users: { applied, userCount, demoLogins }. */
export async function migrateAndReadUsers(url) {
  return withConnection(url, async ({ pglite, query }) => {
    const applied = await deploy(url, pglite);
    return { applied, ...summarize(await query(USERS_SQL)) };
  });
}

/** The users as migrateAndReadUsers reads them, without migrating. */
export async function readUsers(url) {
  return withConnection(url, async ({ query }) => summarize(await query(USERS_SQL)));
}

/** DEMO_PASSWORD from server/auth/demo-logins.ts (read as text: no TypeScript loader needed). */
export function demoPassword() {
  const file = "server/auth/demo-logins.ts";
  const match = fs.existsSync(file) && fs.readFileSync(file, "utf8").match(/DEMO_PASSWORD\s*=\s*"([^"]+)"/);
  return match ? match[1] : null;
}
