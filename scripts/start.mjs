#!/usr/bin/env node
// `npm start`: check the environment, migrate, seed an empty database in demo mode, build when the
// source changed, serve. `npm run dev` (`--dev`) does the same with `next dev` instead of a
// production build. Outside demo mode (PostgreSQL without DEALFLOOR_DEMO=1) an empty database is
// not seeded: the app opens on /setup, where the first administrator is created.
//
// PGlite: one process owns a data directory, so every step before the server (migrations, the
// seed, reading the demo logins) opens it and closes it again before the server (scripts/serve.mjs) runs.
// A later start reuses everything: the migrations are applied already, the database holds users
// (no reseed) and .next/dealfloor-build-hash matches the source (no rebuild).
import fs from "node:fs";
import { spawn } from "node:child_process";
import { databaseUrl, isPostgresUrl } from "./lib/database-url.mjs";
import { ensureBuild } from "./lib/build-cache.mjs";
import { bin, runOrExit } from "./lib/run.mjs";
import { appEnv } from "./lib/app-env.mjs";
import { exitUnlessEnvValid, isDemoMode, setupCode } from "./lib/app-rules.mjs";
import { demoPassword, migrateAndReadUsers, readUsers } from "./lib/demo-logins.mjs";

const dev = process.argv.includes("--dev");
const env = appEnv();
await exitUnlessEnvValid(env);
const demo = await isDemoMode(env);
const url = databaseUrl(env);
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

console.log(`Dealfloor: database ${isPostgresUrl(url) ? url.replace(/\/\/[^@]*@/, "//…@") : url}`);
let users = await migrateAndReadUsers(url);
console.log(
  users.applied.length
    ? `Migrations applied: ${users.applied.join(", ")} (${since()})`
    : `Database schema up to date (${since()})`,
);

if (users.userCount === 0 && !demo) {
  console.log("Empty database, not in demo mode: the first administrator is created on the setup page.");
} else if (users.userCount === 0) {
  if (fs.existsSync("prisma/seed.ts")) {
    console.log("Empty database: seeding demo data…");
    await runOrExit("Seeding", bin("tsx"), ["prisma/seed.ts"], { env });
    users = await readUsers(url);
    console.log(`Seeded (${since()})`);
  } else console.warn("prisma/seed.ts is missing: starting without demo data.");
}

if (!dev) {
  try {
    if (await ensureBuild({ env })) console.log(`Built (${since()})`);
    else console.log(`Build is up to date (${since()})`);
  } catch (e) {
    console.error(`\n✖ ${e.message}`);
    process.exit(e.exitCode || 1);
  }
}

const logins = demo ? users.demoLogins : [];
const password = demoPassword();

// scripts/serve.mjs rather than `next start`: it passes each request's socket address to the app.
const child = spawn(process.execPath, ["scripts/serve.mjs", ...(dev ? ["--dev"] : [])], {
  stdio: "inherit",
  env,
});
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
child.on("exit", (code) => process.exit(code ?? (stopping ? 0 : 1)));
// Under `npm start`, npm forwards a SIGTERM to its `sh -c`, which does not pass it on: when npm is
// gone (we are re-parented), stop the server rather than leave it holding the port and the database.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && !stopping) {
      stopping = true;
      child.kill("SIGTERM");
    }
  }, 1000).unref();
}

// Announce once the server answers (any HTTP status will do), after Next's own start-up lines.
const origin = `http://127.0.0.1:${env.PORT}`;
for (let i = 0; i < 600 && !stopping; i++) {
  const answered = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
    () => true,
    () => false,
  );
  if (answered) {
    const lines = [``, `Dealfloor is running at ${env.NEXTAUTH_URL} (ready in ${since()})`];
    // The setup page asks for this code, so that reaching the app first is not enough to own it.
    if (users.userCount === 0)
      lines.push(
        `Create the first administrator at ${env.NEXTAUTH_URL}/setup`,
        `  with the setup code ${(await setupCode(env)) ?? "(none: NEXTAUTH_SECRET is not set)"}`,
      );
    if (logins.length) {
      lines.push(`Demo logins${password ? `, password "${password}"` : ""} (also listed on the login page):`);
      for (const u of logins) lines.push(`  ${u.role.padEnd(8)} ${u.email}`);
    }
    console.log(lines.join("\n") + "\n");
    break;
  }
  await new Promise((r) => setTimeout(r, 500));
}
