// Outbox throughput: N queued e-mails delivered through the real path (pg-boss job per message →
// deliverMessage → nodemailer → a local SMTP server that parses every message), on a scratch
// PostgreSQL database. Baseline in the same run: the same N messages sent by nodemailer alone on
// the same SMTP pool, no database and no queue. Prints messages/s for both, their ratio, p50/p95 of
// queue-to-accepted latency, RSS samples (memory should stay flat) and the load average.
// Run: `npx tsx bench/outbox.ts [messages=10000]`. Target ≥ 100 messages/s on 2 cores.
import os from "node:os";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { scratchDatabase } from "./bench-db.ts";
import { runBench } from "./run-bench.ts";
import { createPrismaClient } from "../server/db/create-client.ts";
import { startJobQueue } from "../server/jobs/job-queue.ts";
import { kickOutbox, startOutboxWorkers } from "../server/messaging/outbox-worker.ts";
import { smtpTransport } from "../server/messaging/email/smtp-transport.ts";
import { textToHtml } from "../server/messaging/email/text-to-html.ts";
import { newMessageKey } from "../server/messaging/queue-message.ts";
import { fork, type ChildProcess } from "node:child_process";
import { createTeam } from "../prisma/factories/index.ts";

const N = Number(process.argv[2] ?? 10_000);
const BATCH = 1000;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function baseline(url: string, n: number) {
  // The same pool settings as the app's SMTP transport.
  const mailer = nodemailer.createTransport(`${url}?pool=true&maxConnections=10&maxMessages=1000`);
  const body = "Dear client,\n\nOur rates this month.\n\nKind regards";
  const started = performance.now();
  let next = 0;
  // As many in flight as the queue's batch, so both sides keep the same SMTP pool busy.
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < n) {
        next++;
        await mailer.sendMail({
          from: "Bench <bench@bank.example>",
          to: "client@example.com",
          subject: "Rates",
          text: body,
          html: textToHtml(body),
          messageId: `<${randomUUID()}@bench.local>`,
        });
      }
    }),
  );
  mailer.close();
  return n / ((performance.now() - started) / 1000);
}

type SinkCount = { count: number; distinct: number };

/** The SMTP server (bench/smtp-sink-process.ts) in its own process. */
async function startSinkProcess() {
  const child: ChildProcess = fork("bench/smtp-sink-process.ts", { execArgv: ["--import", "tsx"] });
  const url = await new Promise<string>((resolve) =>
    child.once("message", (m) => resolve((m as { url: string }).url)),
  );
  const count = () =>
    new Promise<SinkCount>((resolve) => {
      child.once("message", (m) => resolve(m as SinkCount));
      child.send("count");
    });
  return { url, count, stop: () => child.send("stop") };
}

async function waitForCount(sink: Awaited<ReturnType<typeof startSinkProcess>>, n: number) {
  for (;;) {
    const c = await sink.count();
    if (c.count >= n) return c;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  const sink = await startSinkProcess();
  const scratch = await scratchDatabase("outbox");
  const db = createPrismaClient(scratch.url);
  const boss = await startJobQueue({ url: scratch.url });
  const transport = smtpTransport(sink.url, {});
  try {
    console.log(
      `Outbox: ${N.toLocaleString()} e-mails to a local SMTP server (parsed), PostgreSQL; load ${load()}`,
    );
    const baseRate = await baseline(sink.url, Math.min(N, 2000));
    const baseReceived = (await waitForCount(sink, Math.min(N, 2000))).count;
    console.log(
      `  baseline: nodemailer alone, 50 in flight      ${baseRate.toFixed(0).padStart(6)} msg/s  (load ${load()})`,
    );

    const team = await createTeam(db, { name: `Bench ${Date.now()}` });
    const body = "Dear client,\n\nOur rates this month.\n\nKind regards";
    const ids: string[] = [];
    for (let i = 0; i < N; i += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, N - i) }, () => ({
        id: randomUUID(),
        channel: "EMAIL" as const,
        messageKey: newMessageKey("EMAIL"),
        teamId: team.id,
        toAddress: "client@example.com",
        subject: "Rates",
        textBody: body,
        htmlBody: textToHtml(body),
      }));
      await db.outboundMessage.createMany({ data: rows });
      ids.push(...rows.map((r) => r.id));
    }
    const rss: number[] = [process.memoryUsage().rss];
    const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 1000);
    const started = performance.now();
    const kickedAt = new Date();
    await startOutboxWorkers(boss, db, { EMAIL: transport }, { batchSize: 50, pollingIntervalSeconds: 0.5 });
    for (let i = 0; i < ids.length; i += BATCH) await kickOutbox(boss, ids.slice(i, i + BATCH));
    const received = await waitForCount(sink, baseReceived + N);
    // The last replies are written just after the server accepted the messages.
    while ((await db.outboundMessage.count({ where: { state: "SENT" } })) < N)
      await new Promise((r) => setTimeout(r, 100));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    rss.push(process.memoryUsage().rss);

    const sent = await db.outboundMessage.findMany({ select: { sentAt: true, attempts: true } });
    const latencies = sent.map((m) => m.sentAt!.getTime() - kickedAt.getTime()).sort((a, b) => a - b);
    const rate = N / seconds;
    console.log(
      `  outbox: job queue → deliverMessage → SMTP     ${rate.toFixed(0).padStart(6)} msg/s  (load ${load()})  target ≥ 100 ${rate >= 100 ? "✓" : "✗"}`,
    );
    console.log(`  ratio outbox / baseline: ${(rate / baseRate).toFixed(2)}`);
    console.log(
      `  ${N.toLocaleString()} received, ${(received.distinct - baseReceived).toLocaleString()} distinct Message-IDs, attempts > 1: ${sent.filter((m) => m.attempts > 1).length}`,
    );
    console.log(
      `  time from queueing to accepted (${latencies.length} samples): p50 ${(pct(latencies, 50) / 1000).toFixed(1)} s, p95 ${(pct(latencies, 95) / 1000).toFixed(1)} s`,
    );
    const third = Math.max(1, Math.floor(rss.length / 3));
    console.log(
      `  RSS: start ${mb(rss[0]!)}, peak ${mb(Math.max(...rss))}, end ${mb(rss[rss.length - 1]!)}; mean of first third ${mb(rss.slice(0, third).reduce((a, b) => a + b, 0) / third)}, last third ${mb(rss.slice(-third).reduce((a, b) => a + b, 0) / third)}`,
    );
  } finally {
    await boss.stop({ graceful: false, wait: true, timeout: 2000 });
    transport.close();
    sink.stop();
    await db.$disconnect();
    await scratch.drop();
  }
}

runBench(main);
