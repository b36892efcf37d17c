// The environment the app runs with. On a trial (the embedded database, or development) a missing
// NEXTAUTH_SECRET is generated once and kept in data/ (gitignored), so sessions survive a restart
// without a secret ever being committed, and NEXTAUTH_URL is this machine's port. A production
// deployment on PostgreSQL (NODE_ENV=production with DATABASE_URL) runs several instances behind
// a proxy: one instance's generated secret or localhost URL would be wrong there, so nothing is
// filled in and server/env.ts stops the start, saying what to set.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function isProductionDeployment(env = process.env) {
  return (
    env.NODE_ENV === "production" && !!env.DATABASE_URL?.trim() && !env.DATABASE_URL.startsWith("pglite:")
  );
}

export function appEnv({
  port = process.env.PORT || "3000",
  secretFile = "data/.nextauth-secret",
  fillIn = !isProductionDeployment(process.env),
} = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
  if (!fillIn) return env;
  if (!env.NEXTAUTH_SECRET) {
    if (!fs.existsSync(secretFile)) {
      fs.mkdirSync(path.dirname(secretFile), { recursive: true });
      fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  }
  env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  return env;
}
