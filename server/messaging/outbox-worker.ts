import type { Db } from "../db/create-client.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import { OUTBOX_SEND, OUTBOX_SWEEP } from "../jobs/queues.ts";
import { logger } from "../logger.ts";
import { deliverMessage, type DeliverOptions } from "./deliver-message.ts";
import type { Transports } from "./transport.ts";

type SendJob = { messageId: string };

/** Hands committed messages to the job queue. Call after the transaction that queued them. */
export async function kickOutbox(boss: JobQueue, messageIds: string[]): Promise<void> {
  if (!messageIds.length) return;
  await boss.insert(
    messageIds.map((messageId) => ({ name: OUTBOX_SEND, data: { messageId } satisfies SendJob })),
  );
}

/** Messages still QUEUED this long after they were written have lost their job (a crash): re-kick. */
const SWEEP_AFTER_MS = 60_000;
/**
 * A message put back to QUEUED (a retry, a transient failure) has a job waiting for its backoff;
 * only when it has sat longer than the longest backoff (5 s doubling over 8 retries, ~11 min) has
 * that job been lost.
 */
const SWEEP_RETRIED_AFTER_MS = 15 * 60_000;

export async function sweepOutbox(db: Db, boss: JobQueue, now = new Date()): Promise<number> {
  const stale = await db.outboundMessage.findMany({
    where: {
      OR: [
        { state: "QUEUED", attempts: 0, createdAt: { lt: new Date(now.getTime() - SWEEP_AFTER_MS) } },
        { state: "QUEUED", updatedAt: { lt: new Date(now.getTime() - SWEEP_RETRIED_AFTER_MS) } },
        { state: "SENDING", claimedUntil: { lt: now } },
      ],
    },
    select: { id: true },
    take: 1000,
  });
  await kickOutbox(
    boss,
    stale.map((m) => m.id),
  );
  return stale.length;
}

/**
 * The outbox's workers on this process. Each job delivers one message; a batch's jobs run side by
 * side, and a transient failure fails only its own job, which the queue retries with backoff.
 */
export async function startOutboxWorkers(
  boss: JobQueue,
  db: Db,
  transports: Transports,
  options: Pick<DeliverOptions, "headersFor"> & { batchSize?: number; pollingIntervalSeconds?: number } = {},
): Promise<void> {
  const { batchSize = 20, pollingIntervalSeconds = 1, headersFor } = options;
  await boss.work<SendJob>(
    OUTBOX_SEND,
    { batchSize, pollingIntervalSeconds, includeMetadata: true },
    async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          try {
            await deliverMessage(db, job.data.messageId, transports, {
              finalAttempt: job.retryCount >= job.retryLimit,
              headersFor,
            });
          } catch (err) {
            logger.warn({ err, messageId: job.data.messageId }, "message not sent; retried later");
            await boss.fail(OUTBOX_SEND, job.id, {
              message: err instanceof Error ? err.message : String(err),
            });
          }
        }),
      );
    },
  );
  await boss.work(OUTBOX_SWEEP, { pollingIntervalSeconds: 30 }, async () => {
    const n = await sweepOutbox(db, boss);
    if (n) logger.info({ n }, "outbox sweep re-queued messages");
  });
}
