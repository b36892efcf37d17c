import { processJobQueue } from "../jobs/process-jobs.ts";
import { logger } from "../logger.ts";
import { kickOutbox } from "./outbox-worker.ts";

/**
 * The app's KickOutbox: gives committed messages to this process's job queue. A failure here loses
 * nothing (the messages are committed as QUEUED, and the outbox sweep re-queues them), so it is
 * logged rather than turned into an error for a request whose record was saved.
 */
export async function kickProcessOutbox(messageIds: string[]): Promise<void> {
  if (!messageIds.length) return;
  try {
    await kickOutbox(await processJobQueue(), messageIds);
  } catch (err) {
    logger.error({ err, messageIds }, "could not queue messages; the outbox sweep will");
  }
}
