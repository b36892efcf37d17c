// Reads the database's users without the app: decides whether to seed and prints demo logins.
import fs from "node:fs";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { isPostgresUrl, pgliteDir } from "./database-url.mjs";

async function query(url, sql) {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(pgliteDir(url));
  try {
    return (await db.query(sql)).rows;
  } finally {
    await db.close();
  }
}

export async function userCount(url) {
  const [row] = await query(url, `SELECT count(*)::int AS n FROM "User"`);
  return row.n;
}

export async function demoUsers(url) {
  return query(url, `SELECT email, role FROM "User" WHERE "isDemo" AND "disabledAt" IS NULL ORDER BY role DESC, email`);
}

export function demoPassword() {
  const file = "prisma/demo-users.ts";
  const match = fs.existsSync(file) && fs.readFileSync(file, "utf8").match(/DEMO_PASSWORD\s*=\s*"([^"]+)"/);
  return match ? match[1] : null;
}
