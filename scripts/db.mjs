#!/usr/bin/env node
// npm run db:migrate -- <name> | db:deploy | db:status | db:drift   (offline; see lib/migrator.mjs)
import { createMigration, deploy, drift, status } from "./lib/migrator.mjs";
import { databaseUrl } from "./lib/database-url.mjs";

const [command, name] = process.argv.slice(2);
const url = databaseUrl();
let code = 0;
try {
  if (command === "create") {
    if (!name) throw new Error("usage: npm run db:migrate -- <name>");
    const created = await createMigration(name, { draft: process.argv.includes("--draft") });
    console.log(created ? `Created ${created}` : "No schema changes, nothing to create.");
  } else if (command === "deploy") {
    const applied = await deploy(url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } else if (command === "status") {
    console.log(JSON.stringify(await status(url), null, 2));
  } else if (command === "drift") {
    const sql = await drift(url);
    console.log(sql ? sql : "No drift: the database matches prisma/schema.prisma.");
    if (sql) code = 1;
  } else {
    throw new Error("usage: node scripts/db.mjs create <name> [--draft] | deploy | status | drift");
  }
} catch (e) {
  console.error(e?.message ?? e);
  code = 1;
}
// PGlite.close() resets process.exitCode, and an idle pg pool would keep the process alive.
process.exit(code);
