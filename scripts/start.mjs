#!/usr/bin/env node
// `npm start`: migrate, seed an empty database, build when the source changed, serve.
// `npm run dev` does the same with `next dev` instead of a production build.
// PGlite: one process owns a data directory, so every step before the server closes it first.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { deploy } from "./lib/migrator.mjs";
import { databaseUrl, isPostgresUrl } from "./lib/database-url.mjs";
import { buildIsFresh, recordBuild } from "./lib/build-cache.mjs";
import { bin, runOrExit } from "./lib/run.mjs";
import { appEnv } from "./lib/app-env.mjs";
import { demoPassword, demoUsers, userCount } from "./lib/demo-logins.mjs";

const dev = process.argv.includes("--dev");
const env = appEnv();
const url = databaseUrl(env);
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

console.log(`Dealfloor: database ${isPostgresUrl(url) ? url.replace(/\/\/[^@]*@/, "//…@") : url}`);
const applied = await deploy(url);
console.log(applied.length ? `Migrations applied: ${applied.join(", ")} (${since()})` : `Database schema up to date (${since()})`);

const seeding = (await userCount(url)) === 0;
if (seeding) {
  console.log("Empty database: seeding demo data…");
  if (fs.existsSync("prisma/seed.ts")) await runOrExit("Seeding", bin("tsx"), ["prisma/seed.ts"], { env });
  else console.warn("prisma/seed.ts is missing: no demo data.");
}

if (!dev) {
  if (buildIsFresh()) console.log(`Build is up to date (${since()})`);
  else {
    console.log("Building the app (first start or changed source)…");
    await runOrExit("Build", bin("next"), ["build"], { env });
    recordBuild();
  }
}

// The seed prints the logins itself when it runs.
const logins = seeding ? [] : await demoUsers(url);
const password = demoPassword();
if (logins.length) {
  console.log(`\nDemo logins${password ? ` (password: ${password})` : ""}:`);
  for (const u of logins) console.log(`  ${u.role.padEnd(8)} ${u.email}`);
}
console.log(`\nDealfloor is starting at ${env.NEXTAUTH_URL} (ready steps took ${since()})\n`);

const child = spawn(bin("next"), [dev ? "dev" : "start", "-p", env.PORT], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
