#!/usr/bin/env node
// The server the Playwright journeys run against (playwright.config.ts starts it): the production
// build (built first when the source changed, so `npm run test:e2e` works alone) on a database of
// its own, a fresh PGlite directory or a fresh PostgreSQL database, migrated and seeded with the
// demo floor (DEALFLOOR_DEMO=1, on PostgreSQL too), so the journeys never touch a user's data.
//
// `--first-run`: the second server, for e2e/first-run.spec.ts, on E2E_FIRST_RUN_PORT (3211) and an
// empty database of its own, migrated and not seeded, outside demo mode: a production database's
// first start. Playwright starts it after the first is up, so the build is done by then.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { deploy } from "./lib/migrator.mjs";
import { isPostgresUrl } from "./lib/database-url.mjs";
import { ensureBuild } from "./lib/build-cache.mjs";
import { bin, runOrExit } from "./lib/run.mjs";
import { appEnv } from "./lib/app-env.mjs";
import { exitUnlessEnvValid } from "./lib/app-rules.mjs";
import { e2eDatabaseUrl, e2eFirstRunDatabaseUrl, resetPostgresDatabase } from "./lib/e2e-database.mjs";

const firstRun = process.argv.includes("--first-run");
const port = firstRun ? (process.env.E2E_FIRST_RUN_PORT ?? "3211") : (process.env.E2E_PORT ?? "3210");
// A test server: its secret and URL are always filled in, whatever NODE_ENV says.
const env = appEnv({ port, secretFile: "data/.e2e-nextauth-secret", fillIn: true });
const url = firstRun ? e2eFirstRunDatabaseUrl(process.env) : e2eDatabaseUrl(process.env);
env.DATABASE_URL = url;
env.DEALFLOOR_DEMO = firstRun ? "0" : "1";
env.DEALFLOOR_SERVING_FILE = "0";
// E-mail goes to the run's SMTP sink (playwright.config.ts); the first-run server sends none.
if (!firstRun && process.env.E2E_SMTP_URL) env.SMTP_URL = process.env.E2E_SMTP_URL;
await exitUnlessEnvValid(env);

const label = `e2e server${firstRun ? " (first run)" : ""}`;
const name = isPostgresUrl(url) ? `database ${new URL(url).pathname.slice(1)}` : url;
console.error(
  `${label}: migrating${firstRun ? "" : " and seeding"} ${name}, building when the source changed…`,
);
if (isPostgresUrl(url)) await resetPostgresDatabase(url, { recreate: true });
else fs.rmSync(url.replace(/^pglite:/, ""), { recursive: true, force: true });

await deploy(url);
if (!firstRun) await runOrExit("Seeding the e2e database", bin("tsx"), ["prisma/seed.ts"], { env });
try {
  await ensureBuild({ env });
} catch (e) {
  console.error(e.message);
  process.exit(e.exitCode || 1);
}
console.error(`${label}: scripts/serve.mjs on port ${port}`);
const child = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
