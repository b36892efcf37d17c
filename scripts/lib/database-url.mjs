// The one rule for which database the app, scripts and tests use:
// DATABASE_URL=postgres://… is a real server; otherwise the embedded PGlite directory under data/.
// `pglite:memory` is an in-memory database (tests); `pglite:<dir>` a PGlite data directory.
import path from "node:path";

export const DEFAULT_PGLITE_DIR = "data/pglite";

export function databaseUrl(env = process.env) {
  return env.DATABASE_URL || `pglite:${DEFAULT_PGLITE_DIR}`;
}

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

/** For a pglite: URL, the data directory (absolute) or "memory". */
export function pgliteDir(url) {
  const dir = url.replace(/^pglite:/, "");
  return dir === "memory" ? "memory" : path.resolve(dir);
}
