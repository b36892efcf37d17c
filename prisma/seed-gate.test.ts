import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm run seed` on a deployment's database: the demo users' password is published and the demo
// integrations' webhook secrets are in the source, so nothing is written outside demo mode.
const ROOT = path.resolve(import.meta.dirname, "..");

function seed(env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "DEALFLOOR_DEMO"));
  return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts"], {
    cwd: ROOT,
    env: { ...base, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("prisma/seed.ts", () => {
  it("refuses a PostgreSQL database outside demo mode, before connecting to it", () => {
    // Nothing listens on port 1: had the seed tried to connect, the error would be another.
    const run = seed({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/deployment" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Not in demo mode[^]*Set DEALFLOOR_DEMO=1 to seed it anyway/);
    expect(run.stderr).not.toMatch(/ECONNREFUSED/);
  });
});
