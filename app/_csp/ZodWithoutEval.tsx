"use client";

import { config } from "zod/v4/core";

// The CSP allows no eval. On its first parse, zod 4 probes for it with `new Function("")` to
// compile faster validators; the probe fails safely, but the browser reports it as a CSP
// violation on every page that validates. jitless skips the probe. Set when this module loads,
// with the root layout, before any component renders and parses; the server keeps its JIT.
if (typeof window !== "undefined") config({ jitless: true });

export function ZodWithoutEval() {
  return null;
}
