#!/usr/bin/env node
// The server the Playwright journeys run against (playwright.config.ts starts it): the production
// build (built first when the source changed, so `npm run test:e2e` works alone) on a database of
// its own, a fresh PGlite directory or a fresh PostgreSQL database, migrated and seeded, so the
// journeys never touch a user's data.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { deploy } from "./lib/migrator.mjs";
import { isPostgresUrl } from "./lib/database-url.mjs";
import { ensureBuild } from "./lib/build-cache.mjs";
import { bin, runOrExit } from "./lib/run.mjs";
import { appEnv } from "./lib/app-env.mjs";
import { e2eDatabaseUrl, resetPostgresDatabase } from "./lib/e2e-database.mjs";

const port = process.env.E2E_PORT ?? "3210";
const env = appEnv({ port, secretFile: "data/.e2e-nextauth-secret" });
const url = e2eDatabaseUrl(process.env);
env.DATABASE_URL = url;

const name = isPostgresUrl(url) ? `database ${new URL(url).pathname.slice(1)}` : url;
console.error(`e2e server: migrating and seeding ${name}, building when the source changed…`);
if (isPostgresUrl(url)) await resetPostgresDatabase(url, { recreate: true });
else fs.rmSync(url.replace(/^pglite:/, ""), { recursive: true, force: true });

await deploy(url);
await runOrExit("Seeding the e2e database", bin("tsx"), ["prisma/seed.ts"], { env });
try {
  await ensureBuild({ env });
} catch (e) {
  console.error(e.message);
  process.exit(e.exitCode || 1);
}
console.error(`e2e server: scripts/serve.mjs on port ${port}`);
const child = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
