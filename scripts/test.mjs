#!/usr/bin/env node
// `npm test`: typecheck, formatting, lint, unit and service tests on PGlite (and on PostgreSQL too when
// DATABASE_URL is a postgres:// URL), a production build when the source changed, then the
// Playwright journeys against it on a database of their own. Stops at the first failing step.
//
// Switches (CI's second pass uses them; nothing needs them locally):
//   DEALFLOOR_SKIP_STATIC_CHECKS=1  skip typecheck, formatting and lint
//   DEALFLOOR_SKIP_PGLITE_UNIT=1    skip the PGlite pass of vitest (when DATABASE_URL is set)
import { isPostgresUrl } from "./lib/database-url.mjs";
import { ensureBuild } from "./lib/build-cache.mjs";
import { bin, run } from "./lib/run.mjs";

const base = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const pgUrl = base.DATABASE_URL && isPostgresUrl(base.DATABASE_URL) ? base.DATABASE_URL : null;
const withoutDb = { ...base };
delete withoutDb.DATABASE_URL;
const skipStatic = base.DEALFLOOR_SKIP_STATIC_CHECKS === "1";
const skipPgliteUnit = base.DEALFLOOR_SKIP_PGLITE_UNIT === "1" && pgUrl;

const steps = [
  !skipStatic && ["Typecheck (tsc --noEmit)", () => run(bin("tsc"), ["--noEmit", "-p", "."], { env: base })],
  !skipStatic && [
    "Formatting (prettier --check .)",
    () => run(bin("prettier"), ["--check", "."], { env: base }),
  ],
  !skipStatic && [
    "Lint (eslint .)",
    () =>
      run(
        bin("eslint"),
        [".", "--max-warnings", "0", "--cache", "--cache-location", "node_modules/.cache/eslint/"],
        { env: base },
      ),
  ],
  !skipPgliteUnit && [
    "Unit and service tests on PGlite",
    () => run(bin("vitest"), ["run"], { env: withoutDb }),
  ],
  pgUrl && ["Unit and service tests on PostgreSQL", () => run(bin("vitest"), ["run"], { env: base })],
  [
    "Production build (next build, skipped when up to date)",
    async () => {
      if (!(await ensureBuild({ env: withoutDb })))
        console.log("The build in .next matches the source: reusing it.");
      return 0;
    },
  ],
  [
    `End-to-end journeys on ${pgUrl ? "PostgreSQL" : "PGlite"} (playwright test)`,
    () => run(bin("playwright"), ["test"], { env: base }),
  ],
].filter(Boolean);

const started = Date.now();
const done = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

function summary(failed) {
  console.log("\n━━ Summary ━━");
  for (const [label, s] of done) console.log(`  ✔ ${label.padEnd(62)} ${s.padStart(6)}s`);
  if (failed) console.log(`  ✖ ${failed[0].padEnd(62)} ${failed[1].padStart(6)}s`);
  for (const [label] of steps.slice(done.length + (failed ? 1 : 0))) console.log(`  · ${label} (not run)`);
  console.log(`  total ${seconds(started)}s`);
}

for (const [i, [label, fn]] of steps.entries()) {
  console.log(`\n━━ [${i + 1}/${steps.length}] ${label} ━━`);
  const t = Date.now();
  const code = await fn().catch((e) => {
    console.error(e?.message ?? e);
    return e?.exitCode || 1;
  });
  if (code !== 0) {
    console.error(`\n✖ ${label} FAILED (exit ${code}) after ${seconds(t)}s`);
    summary([label, seconds(t)]);
    process.exit(code);
  }
  console.log(`✔ ${label} (${seconds(t)}s)`);
  done.push([label, seconds(t)]);
}
summary();
