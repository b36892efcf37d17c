import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import nodemailer from "nodemailer";

const run = promisify(execFile);
const SCRIPTS = path.resolve(import.meta.dirname, "../../scripts/dovecot");
// The e-mail-in tests' own port block; a test file takes the first free IMAP/LMTP pair in it.
const PORT_BLOCK = { first: 14300, last: 14399 };

export type Dovecot = {
  /** imap://user:pass@127.0.0.1:<port>/INBOX, the form IMAP_URL takes. */
  imapUrl: string;
  /** The mailbox's address: deliver() sends to it. */
  address: string;
  /** Hands a raw RFC 5322 message to Dovecot over LMTP, as an MTA does. Resolves once it is stored. */
  deliver(raw: string | Buffer): Promise<void>;
  /** Runs doveadm against this instance, e.g. ["mailbox", "status", "-u", address, "uidvalidity", "INBOX"]. */
  doveadm(args: string[]): Promise<string>;
  /**
   * Empties INBOX and forgets its UIDs, as a restored or rebuilt mail store does: the next message
   * gets UID 1 under a new UIDVALIDITY.
   */
  resetUids(): Promise<void>;
  stop(): Promise<void>;
};

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

async function freePortPair(): Promise<[number, number]> {
  // Start at a random even offset so two test files starting together rarely probe the same pair.
  const span = (PORT_BLOCK.last - PORT_BLOCK.first + 1) / 2;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const imap = PORT_BLOCK.first + ((start + i) % span) * 2;
    if ((await portFree(imap)) && (await portFree(imap + 1))) return [imap, imap + 1];
  }
  throw new Error(`no free port pair in ${PORT_BLOCK.first}-${PORT_BLOCK.last} for the test Dovecot`);
}

/**
 * A private Dovecot (IMAP + LMTP on 127.0.0.1) in a temporary directory for one test file, from the
 * project's config template (scripts/dovecot), on free ports of the block or on the ports given
 * (an e2e run whose server was started with IMAP_URL pointing at them). Fails loudly when Dovecot is not installed: CI
 * installs it with scripts/ci/install-dovecot.sh, and the e-mail-in tests must not pass silently.
 */
export async function startDovecot(
  fixed: { imapPort: number; lmtpPort: number } | null = null,
): Promise<Dovecot> {
  try {
    await run("dovecot", ["--version"]);
  } catch {
    throw new Error(
      "Dovecot is not installed, and the e-mail-in tests read from a real IMAP server. " +
        "Install it with scripts/ci/install-dovecot.sh (Debian: apt-get install dovecot-imapd dovecot-lmtpd).",
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dealfloor-dovecot-"));
  const address = "inbox@dealfloor.test";
  const password = "mailbox-secret";
  let ports: [number, number] | null = null;
  for (let attempt = 0; attempt < 5 && !ports; attempt++) {
    const pair: [number, number] = fixed ? [fixed.imapPort, fixed.lmtpPort] : await freePortPair();
    try {
      await run(path.join(SCRIPTS, "start.sh"), [dir, String(pair[0]), String(pair[1]), address, password]);
      ports = pair;
    } catch (e) {
      // Another file may have taken the pair between the probe and Dovecot's bind: try another.
      await run(path.join(SCRIPTS, "stop.sh"), [dir]).catch(() => undefined);
      if (attempt === 4 || fixed) throw e;
    }
  }
  const [imapPort, lmtpPort] = ports!;
  const conf = path.join(dir, "dovecot.conf");
  const lmtp = nodemailer.createTransport({
    lmtp: true,
    host: "127.0.0.1",
    port: lmtpPort,
    ignoreTLS: true,
  });
  const doveadm = async (args: string[]) => (await run("doveadm", ["-c", conf, ...args])).stdout;
  const maildir = path.join(dir, "mail", address, "Maildir");
  return {
    imapUrl: `imap://${encodeURIComponent(address)}:${password}@127.0.0.1:${imapPort}/INBOX`,
    address,
    async deliver(raw) {
      const fromLine = /^From:.*?<?([^\s<>]+@[^\s<>]+)>?\s*$/im.exec(raw.toString());
      await lmtp.sendMail({
        envelope: { from: fromLine?.[1] ?? "sender@example.test", to: [address] },
        raw,
      });
    },
    doveadm,
    async resetUids() {
      await doveadm(["expunge", "-u", address, "mailbox", "INBOX", "all"]);
      // Without its uidlist and indexes Dovecot renumbers the maildir under a new UIDVALIDITY.
      for (const f of fs.readdirSync(maildir)) {
        if (f === "dovecot-uidlist" || f.startsWith("dovecot.index")) fs.rmSync(path.join(maildir, f));
      }
    },
    async stop() {
      lmtp.close();
      await run(path.join(SCRIPTS, "stop.sh"), [dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
