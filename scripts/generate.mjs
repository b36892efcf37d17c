#!/usr/bin/env node
// Generates the Prisma client offline. The CLI wants a native schema engine it cannot download
// here; generate never uses it, so it is pointed at /bin/true (never do that for migrations).
import { spawnSync } from "node:child_process";

const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";
const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  env,
  stdio: "inherit",
});
process.exit(r.status ?? 1);
