// Rebuild only when the source changed: a hash of everything `next build` reads from the project,
// kept next to the build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "server",
  "public",
  "types",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "scripts/lib/database-url.mjs",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const HASH_FILE = ".next/dealfloor-build-hash";

function* files(entry) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (SKIP.has(name) || name.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourceHash(root = process.cwd()) {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export function buildIsFresh(root = process.cwd()) {
  const file = path.join(root, HASH_FILE);
  return (
    fs.existsSync(path.join(root, ".next/BUILD_ID")) &&
    fs.existsSync(file) &&
    fs.readFileSync(file, "utf8").trim() === sourceHash(root)
  );
}

export function recordBuild(root = process.cwd()) {
  fs.writeFileSync(path.join(root, HASH_FILE), sourceHash(root));
}
