import { processDb } from "../db/process-client.ts";
import { processJobQueue } from "../jobs/process-jobs.ts";
import { AGREEMENT_EXPIRY, IMAP_POLL } from "../jobs/queues.ts";
import { startImapPoll } from "../messaging/imap/imap-worker.ts";
import { createExpiryTasks } from "../agreements/expiry.ts";
import { startOutboxWorkers } from "../messaging/outbox-worker.ts";
import { transportsFromEnv } from "../messaging/transports-from-env.ts";
import { logger } from "../logger.ts";
import { unsubscribeHeadersFor } from "../messaging/unsubscribe/links.ts";

/**
 * The background work of every app instance, on the job queue (instrumentation.ts): the outbox
 * sender and the scheduled jobs. Any number of instances may run them; the queue hands each job to
 * one, and each job's own conditional update makes a repeat change nothing.
 */
export async function startWorkers(): Promise<void> {
  if (process.env.DEALFLOOR_DISABLE_WORKERS === "1") return;
  try {
    const boss = await processJobQueue();
    const db = processDb();
    await startOutboxWorkers(boss, db, transportsFromEnv(), { headersFor: (m) => unsubscribeHeadersFor(m) });
    await boss.work(AGREEMENT_EXPIRY, async () => {
      const created = await createExpiryTasks(db);
      if (created) logger.info({ created }, "agreement expiry reminders created");
    });
    // The cron runs hourly; run once at start too, so a fresh deployment does not wait an hour.
    await boss.send(AGREEMENT_EXPIRY, {}, { singletonKey: "boot", singletonSeconds: 300 });
    // E-mail in: poll IMAP_URL each minute; without it, drop a schedule an earlier start left.
    if (process.env.IMAP_URL) await startImapPoll(boss, db, process.env.IMAP_URL);
    else await boss.unschedule(IMAP_POLL);
  } catch (err) {
    logger.error({ err }, "background workers did not start; messages stay queued until they do");
  }
}
