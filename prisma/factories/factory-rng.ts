import { randomBytes } from "node:crypto";
import { createRng, type Rng } from "../random.ts";

// The stream behind the create*() helpers that tests use. Unlike the demo seed it is NOT fixed by
// default: e2e workers share one database, and identical streams would collide on unique emails
// and names. Set FACTORY_SEED to replay a failing run exactly.
let current: Rng | undefined;

export function factoryRng(): Rng {
  current ??= createRng(process.env.FACTORY_SEED ?? randomBytes(8).toString("hex"));
  return current;
}
