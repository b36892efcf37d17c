import fs from "node:fs";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseUrl } from "./scripts/lib/e2e-database.mjs";
import { smsE2eEnv } from "./scripts/kannel/e2e-env.mjs";

const PORT = process.env.E2E_PORT ?? "3210";
// The first-run server (e2e/first-run.spec.ts): an empty database outside demo mode.
const FIRST_RUN_PORT = (process.env.E2E_FIRST_RUN_PORT ??= "3211");
// SMS goes through a real Kannel that e2e/sms.spec.ts starts; the server and the spec share these.
Object.assign(process.env, smsE2eEnv(PORT));
// Replies are read from a real Dovecot that e2e/inbox-triage.spec.ts starts on this address; the
// server polls it (IMAP_URL) from its start, and finds nothing until the spec delivers mail.
process.env.IMAP_URL ??= "imap://inbox%40dealfloor.test:mailbox-secret@127.0.0.1:14390/INBOX";
// One database per run, fixed here so that the web server (scripts/e2e-server.mjs), the workers and
// the teardown (which drops a PostgreSQL one) all see the same: a fresh `dealfloor_e2e_<random>`
// database on the DATABASE_URL server, or the embedded directory data/e2e-pglite, recreated per run.
process.env.E2E_DATABASE_URL = e2eDatabaseUrl(process.env);
// The journeys' app sends e-mail to a real SMTP server of their own (scripts/e2e-smtp-sink.mjs), so
// "Sent" means a server accepted it; Admin → Outbox's "Not sent" state is covered by service tests.
const SMTP_PORT = (process.env.E2E_SMTP_PORT ??= "3325");
process.env.E2E_SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;

// The browser: an explicit path, else Debian's `chromium` on the PATH, else Playwright's own
// download (`npx playwright install chromium` where the internet is reachable).
function chromiumPath(): string | undefined {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? process.env.CHROMIUM_PATH;
  if (explicit) return explicit;
  try {
    const found = execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], {
      encoding: "utf8",
    }).trim();
    if (found && fs.existsSync(found)) return found;
  } catch {
    // not on the PATH
  }
  return undefined;
}

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // Two workers each drive a browser against one server: on a two-core machine that starves the
  // server and pages time out, so such a machine runs one at a time.
  workers: os.cpus().length > 2 ? 2 : 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  globalTeardown: "./e2e/fixtures/global-teardown.ts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Started one after the other: the mail sink first, then the app; the second app finds the build
  // the first made.
  webServer: [
    {
      command: "node scripts/e2e-smtp-sink.mjs",
      port: Number(SMTP_PORT),
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node scripts/e2e-server.mjs",
      url: `http://localhost:${PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node scripts/e2e-server.mjs --first-run",
      url: `http://localhost:${FIRST_RUN_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
