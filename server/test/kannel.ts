import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const SCRIPTS = path.resolve(import.meta.dirname, "../../scripts/kannel");
const REQUIRED = ["/usr/sbin/bearerbox", "/usr/sbin/smsbox", "/usr/lib/kannel/test/fakesmsc"];

export type TestKannel = {
  /** SMS_GATEWAY_URL for the app's transport: http://user:pass@127.0.0.1:<port>/cgi-bin/sendsms */
  sendUrl: string;
  /** Where the config and logs are (fakesmsc.log lists every SMS the fake SMSC received). */
  runDir: string;
  /** An SMS from a phone: Kannel hands it to the get-url given at start. */
  injectInbound(from: string, to: string, text: string): Promise<void>;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A private Kannel (bearerbox, the fake SMSC, smsbox) on free ports for one test file, started by
 * the project's scripts/kannel/start.sh. `inboundUrl` is its get-url, with %p (sender), %P
 * (receiver) and %a (text). Throws, failing the test, when Kannel is not installed: CI installs it
 * (scripts/ci/install-kannel.sh), and an SMS test that silently skipped would prove nothing.
 */
export async function startKannel({ inboundUrl }: { inboundUrl: string }): Promise<TestKannel> {
  const missing = REQUIRED.filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(
      `Kannel is not installed (${missing.join(", ")} missing). Run scripts/ci/install-kannel.sh ` +
        "(apt-get install kannel kannel-extras): the SMS tests need a real gateway.",
    );
  }
  const runDir = await mkdtemp(path.join(tmpdir(), "dealfloor-kannel-"));
  const [admin, box, smsc, sendsms] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const env = {
    ...process.env,
    KANNEL_RUN_DIR: runDir,
    KANNEL_ADMIN_PORT: String(admin),
    KANNEL_BOX_PORT: String(box),
    KANNEL_SMSC_PORT: String(smsc),
    KANNEL_SENDSMS_PORT: String(sendsms),
    KANNEL_INBOUND_URL: inboundUrl,
  };
  let stdout: string;
  try {
    ({ stdout } = await run("bash", [path.join(SCRIPTS, "start.sh")], { env, timeout: 60_000 }));
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`Kannel did not start: ${err.stderr || err.message}`);
  }
  const out = Object.fromEntries(
    stdout
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  // fakesmsc reads its FIFO line by line through stdio: lines written in one burst can wait in its
  // buffer, so writes are queued and spaced.
  let queue = Promise.resolve();
  const fifo = out.KANNEL_MO_FIFO!;
  return {
    sendUrl: out.SMS_GATEWAY_URL!,
    runDir,
    injectInbound(from, to, text) {
      if (/[\s]/.test(from) || /[\s]/.test(to)) throw new Error("numbers may not contain spaces");
      const line = `${from} ${to} data ${encodeURIComponent(text)}\n`;
      const write = queue.then(async () => {
        await writeFile(fifo, line, { flag: "a" });
        await new Promise((r) => setTimeout(r, 200));
      });
      queue = write.catch(() => undefined);
      return write;
    },
    async stop() {
      await queue;
      await run("bash", [path.join(SCRIPTS, "stop.sh")], { env, timeout: 30_000 });
      await rm(runDir, { recursive: true, force: true });
    },
  };
}
