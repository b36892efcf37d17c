// The environment the app runs with. A missing NEXTAUTH_SECRET is generated once and kept in
// data/ (gitignored), so sessions survive a restart without a secret ever being committed.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function appEnv({ port = process.env.PORT || "3000", secretFile = "data/.nextauth-secret" } = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
  if (!env.NEXTAUTH_SECRET) {
    if (!fs.existsSync(secretFile)) {
      fs.mkdirSync(path.dirname(secretFile), { recursive: true });
      fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  return env;
}
