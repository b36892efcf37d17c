import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";

export type SmtpSink = {
  /** smtp://127.0.0.1:<port> */
  url: string;
  received: ParsedMail[];
  /** Resolves when at least n messages have arrived (rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** The reply to give the next messages instead of accepting them, e.g. "550 5.1.1 No such user". */
  refuseNext(reply: { code: number; message: string }, times?: number): void;
  close(): Promise<void>;
};

/**
 * A real SMTP server on a free port of 127.0.0.1 (the smtp-server package) that parses what it is
 * sent: tests talk SMTP to it through the app's own transport, never a mocked one.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  let refusals: { code: number; message: string; times: number } | null = null;
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals && refusals.times > 0) {
        refusals.times--;
        const err = Object.assign(new Error(refusals.message), { responseCode: refusals.code });
        stream.on("end", () => callback(err));
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          for (const w of waiters.filter((w) => received.length >= w.n)) w.resolve();
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor(n, timeoutMs = 15_000) {
      if (received.length >= n) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${n} messages, got ${received.length}`)),
          timeoutMs,
        );
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      });
    },
    refuseNext(reply, times = 1) {
      refusals = { ...reply, times };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
