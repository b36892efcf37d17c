import type { Db } from "../../db/create-client.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import { IMAP_POLL } from "../../jobs/queues.ts";
import { logger } from "../../logger.ts";
import { imapMailbox } from "./imap-url.ts";
import { pollMailbox } from "./poll-mailbox.ts";

/**
 * Polls IMAP_URL on the job queue's minute cron. Every app instance may run this worker; two polls
 * at once file each message once (ingestMessage), so no lock is needed.
 */
export async function startImapPoll(boss: JobQueue, db: Db, imapUrl: string): Promise<void> {
  const { cursorKey } = imapMailbox(imapUrl);
  await boss.work(IMAP_POLL, async () => {
    const result = await pollMailbox(db, imapUrl);
    if (result.read) logger.info({ mailbox: cursorKey, ...result }, "mailbox polled");
  });
  // Once at start as well, so mail that came while the app was down is filed without waiting a minute.
  await boss.send(IMAP_POLL, {}, { singletonKey: "boot", singletonSeconds: 30 });
}
