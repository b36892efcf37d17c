import { ImapFlow } from "imapflow";
import type { Db } from "../../db/create-client.ts";
import type { Tx } from "../../records/mutate.ts";
import { imapMailbox } from "./imap-url.ts";
import { readMessage } from "./read-message.ts";
import { ingestMessage, type IngestOutcome } from "./ingest-message.ts";

/** UIDs fetched per round trip: bounds the memory one poll holds (a message is read whole). */
const BATCH = 50;

export type PollResult = {
  read: number;
  outcomes: Partial<Record<IngestOutcome, number>>;
  restarted: boolean;
};

/**
 * Moves the cursor to `uid`, only forwards (or onto a new UIDVALIDITY): a poll running late behind
 * another instance never moves it back. Runs inside the message's transaction.
 */
async function advanceCursor(tx: Tx, mailbox: string, uidValidity: bigint, uid: number) {
  const lastUid = BigInt(uid);
  const { count } = await tx.mailboxCursor.updateMany({
    where: { mailbox, OR: [{ uidValidity: { not: uidValidity } }, { lastUid: { lt: lastUid } }] },
    data: { uidValidity, lastUid },
  });
  if (count === 0) {
    await tx.mailboxCursor.createMany({ data: [{ mailbox, uidValidity, lastUid }], skipDuplicates: true });
  }
}

/**
 * Reads the messages that arrived since the stored cursor (MailboxCursor) and files each one
 * (ingestMessage). The folder is opened read-only: the poll never changes flags, so a person may
 * use the same mailbox. When the server's UIDVALIDITY changed (the mailbox was rebuilt), the old
 * UIDs mean nothing and the poll starts again from the first message; messages already filed are
 * recognised by their messageKey and change nothing.
 */
export async function pollMailbox(db: Db, imapUrl: string): Promise<PollResult> {
  const { options, path, cursorKey } = imapMailbox(imapUrl);
  const client = new ImapFlow(options);
  // A dropped connection emits "error"; the awaited command rejects too, so the job fails and retries.
  client.on("error", () => undefined);
  await client.connect();
  const result: PollResult = { read: 0, outcomes: {}, restarted: false };
  try {
    const box = await client.mailboxOpen(path, { readOnly: true });
    const uidValidity = BigInt(box.uidValidity);
    const uidNext = box.uidNext;
    const cursor = await db.mailboxCursor.findUnique({ where: { mailbox: cursorKey } });
    result.restarted = cursor !== null && cursor.uidValidity !== uidValidity;
    let lastUid = cursor && !result.restarted ? Number(cursor.lastUid) : 0;
    while (lastUid + 1 < uidNext) {
      const upTo = Math.min(lastUid + BATCH, uidNext - 1);
      const batch: { uid: number; source: Buffer; internalDate?: Date }[] = [];
      for await (const m of client.fetch(
        `${lastUid + 1}:${upTo}`,
        { uid: true, source: true, internalDate: true },
        { uid: true },
      )) {
        if (m.uid > lastUid && m.source) {
          const date = m.internalDate instanceof Date ? m.internalDate : undefined;
          batch.push({ uid: m.uid, source: m.source, internalDate: date });
        }
      }
      batch.sort((a, b) => a.uid - b.uid);
      for (const m of batch) {
        const message = await readMessage(m.source, m.internalDate);
        const outcome = await ingestMessage(db, message, (tx) =>
          advanceCursor(tx, cursorKey, uidValidity, m.uid),
        );
        result.read++;
        result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
      }
      // UIDs may have gaps (expunged messages): the range is done even where it held nothing.
      await db.$transaction((tx) => advanceCursor(tx, cursorKey, uidValidity, upTo));
      lastUid = upTo;
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return result;
}
