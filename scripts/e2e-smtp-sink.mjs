#!/usr/bin/env node
// The mail server the e2e app sends to (playwright.config.ts starts it before the app, which gets
// SMTP_URL=smtp://127.0.0.1:<E2E_SMTP_PORT>): a real SMTP server (smtp-server) that accepts every
// message with a 250, so the journeys see e-mail really leave and read "Sent". Each message is kept
// as it arrived in E2E_SMTP_DIR (data/e2e-smtp, emptied at start), so a journey can read its headers.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const dir = process.env.E2E_SMTP_DIR ?? "data/e2e-smtp";
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const port = Number(process.env.E2E_SMTP_PORT ?? "3325");
let accepted = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      accepted++;
      fs.writeFileSync(path.join(dir, `${String(accepted).padStart(6, "0")}.eml`), Buffer.concat(chunks));
      console.log(
        `e2e smtp sink: accepted message ${accepted} for ${session.envelope.rcptTo.map((r) => r.address).join(", ")}`,
      );
      callback(null, `Ok: queued as e2e-${accepted}`);
    });
  },
});
server.on("error", (err) => console.error("e2e smtp sink:", err.message));
server.listen(port, "127.0.0.1", () => console.log(`e2e smtp sink on smtp://127.0.0.1:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
