#!/usr/bin/env node
// `npm test`: typecheck, lint, service tests on PGlite (and on PostgreSQL when DATABASE_URL is a
// postgres:// URL), then the Playwright journeys against a production build.
import { isPostgresUrl } from "./lib/database-url.mjs";
import { buildIsFresh, recordBuild } from "./lib/build-cache.mjs";
import { bin, runOrExit } from "./lib/run.mjs";

const base = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const pgUrl = base.DATABASE_URL && isPostgresUrl(base.DATABASE_URL) ? base.DATABASE_URL : null;
const withoutDb = { ...base };
delete withoutDb.DATABASE_URL;

const timings = [];
async function step(label, command, args, env = base) {
  console.log(`\n━━ ${label} ━━`);
  timings.push([label, await runOrExit(label, command, args, { env })]);
}

await step("Typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
await step("Lint", bin("eslint"), [".", "--max-warnings", "0"]);
await step("Service tests on PGlite", bin("vitest"), ["run"], withoutDb);
if (pgUrl) await step("Service tests on PostgreSQL", bin("vitest"), ["run"], base);
if (buildIsFresh()) console.log("\n━━ Production build is up to date ━━");
else {
  await step("Production build", bin("next"), ["build"], withoutDb);
  recordBuild();
}
await step(`End-to-end journeys on ${pgUrl ? "PostgreSQL" : "PGlite"}`, bin("playwright"), ["test"], base);

console.log("\n━━ Summary ━━");
for (const [label, seconds] of timings) console.log(`  ✔ ${label.padEnd(40)} ${seconds.toFixed(1)}s`);
