import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The app must build and run without the seed: factories and demo data are for tests, seeds and
// benches. What the app needs of them (the book's instruments, bulk inserts, the demo password on
// the login page) lives in server/, and the seed imports it from there, never the other way.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = path.join(ROOT, "prisma");
const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const TEST = /\.test\.tsx?$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(ROOT, "server", "generated") && full !== path.join(ROOT, "server", "test"))
        yield* sourceFiles(full);
    } else if (SOURCE.test(entry.name) && !TEST.test(entry.name)) yield full;
  }
}

/** Where an import specifier points, or null for a package. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.join(ROOT, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(path.dirname(file), specifier);
  return null;
}

function seedImports(dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(dir)) {
      for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(SPECIFIER)) {
        const to = target(file, specifier!);
        if (to && (to === SEED || to.startsWith(SEED + path.sep)))
          found.push(`${path.relative(ROOT, file)} → ${specifier}`);
      }
    }
  }
  return found;
}

describe("app and server code", () => {
  it("import nothing from prisma/ (factories, demo data, seeds)", () => {
    expect(seedImports([path.join(ROOT, "app"), path.join(ROOT, "server")])).toEqual([]);
  });
});
