// Rebuild only when the source changed. The hash covers every file `next build` can read from the
// project (a deny-list, so a new source folder is covered without editing this file) and is kept
// next to the build in .next/dealfloor-build-hash. Shared by `npm start`, `npm test` and the e2e server.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, run } from "./run.mjs";

// Never part of the build (relative paths from the project root).
const SKIP_PATHS = new Set([
  "node_modules",
  ".git",
  ".next",
  ".ci",
  "data",
  "cache",
  "coverage",
  "test-results",
  "playwright-report",
  "bench",
  "e2e",
  "prisma/migrations",
  "server/generated", // generated from prisma/schema.prisma, which is hashed
  "server/test",
  "scripts/start.mjs",
  "scripts/test.mjs",
  "scripts/e2e-server.mjs",
  "scripts/db.mjs",
  "scripts/generate.mjs",
  // The harness's own helpers (the app imports only database-url.mjs from scripts/lib).
  "scripts/lib/app-env.mjs",
  "scripts/lib/app-rules.mjs",
  "scripts/npm-stubs", // installed into node_modules; only the Prisma CLI's `prisma dev` would load it
  "scripts/lib/build-cache.mjs",
  "scripts/lib/demo-logins.mjs",
  "scripts/lib/e2e-database.mjs",
  "scripts/lib/e2e-database.d.mts",
  "scripts/lib/run.mjs",
  "playwright.config.ts",
  "vitest.config.ts",
  "eslint.config.mjs",
  "next-env.d.ts", // rewritten by `next build` and `next dev`
  "tsconfig.tsbuildinfo",
]);
const SKIP_FILE = /(\.test\.tsx?|\.spec\.tsx?|\.md|\.log|^\.prettier.*|^\.gitignore|^\.DS_Store)$/;
const HASH_FILE = ".next/dealfloor-build-hash";

function* files(root, rel) {
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (SKIP_PATHS.has(child)) continue;
    if (entry.isDirectory()) yield* files(root, child);
    else if (entry.isFile() && !SKIP_FILE.test(entry.name)) yield child;
  }
}

export function sourceHash(root = process.cwd()) {
  const hash = crypto.createHash("sha256");
  hash.update(`node ${process.version}\0`);
  for (const file of [...files(root, "")].sort()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function recordedHash(root) {
  const file = path.join(root, HASH_FILE);
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID")) || !fs.existsSync(file)) return null;
  return fs.readFileSync(file, "utf8").trim();
}

export function recordBuild(root = process.cwd(), hash = sourceHash(root)) {
  fs.writeFileSync(path.join(root, HASH_FILE), hash);
}

/**
 * Runs `next build` unless the build in .next matches the source. Returns true when it built;
 * throws (with `exitCode`) when the build fails.
 * Next loads route modules while collecting page data, and the app's database client is created
 * when its module loads: the build gets DATABASE_URL=pglite:memory so that it never opens the
 * embedded data directory (which a running server may own) nor a user's PostgreSQL database.
 */
export async function ensureBuild({ env = process.env, label = "Production build" } = {}) {
  const root = process.cwd();
  const hash = sourceHash(root);
  if (recordedHash(root) === hash) return false;
  const code = await run(bin("next"), ["build"], {
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "pglite:memory" },
  });
  if (code !== 0)
    throw Object.assign(new Error(`${label} failed (next build exited ${code})`), { exitCode: code });
  // The hash of the source as the build started: an edit made during the build rebuilds next time.
  recordBuild(root, hash);
  return true;
}
