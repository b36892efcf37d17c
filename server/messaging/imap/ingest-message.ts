import type { Db } from "../../db/create-client.ts";
import type { InboundEmailState } from "../../generated/prisma/enums.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { TX_OPTIONS, type Tx } from "../../records/mutate.ts";
import type { InboundMessage } from "./read-message.ts";
import { createInboundInteraction } from "./inbound-interaction.ts";

export type IngestOutcome = InboundEmailState | "duplicate";

/** A bounce changes a message only while it is out: never one that was not sent, or already final. */
const BOUNCEABLE = ["SENDING", "SENT"] as const;

/**
 * A reply threads on our Message-IDs: In-Reply-To first, then References newest first. Only
 * e-mails we wrote for an account can carry a reply to its timeline.
 */
async function threadedMessage(tx: Tx, threadIds: string[]) {
  if (threadIds.length === 0) return null;
  const found = await tx.outboundMessage.findMany({
    where: { messageKey: { in: threadIds }, channel: "EMAIL", accountId: { not: null } },
    select: { messageKey: true, accountId: true, contactId: true, senderId: true },
  });
  for (const id of threadIds) {
    const m = found.find((f) => f.messageKey === id);
    if (m) return m;
  }
  return null;
}

/**
 * The customer an address belongs to. Several contacts may share an address (a shared mailbox,
 * a duplicate): the primary address wins, then the contact recorded first, then the lowest id, so
 * the same message always lands on the same contact. An address on an account (no contact) counts
 * when no contact has it.
 */
async function senderMatch(tx: Tx, address: string) {
  const live = { deletedAt: null };
  const contact = await tx.contactMechanism.findFirst({
    where: { emailLower: address, contact: { ...live, accountId: { not: null }, account: live } },
    orderBy: [{ isPrimary: "desc" }, { contact: { createdAt: "asc" } }, { contactId: "asc" }],
    select: { contact: { select: { id: true, accountId: true } } },
  });
  if (contact?.contact?.accountId)
    return { accountId: contact.contact.accountId, contactId: contact.contact.id };
  const account = await tx.contactMechanism.findFirst({
    where: { emailLower: address, contactId: null, account: live },
    orderBy: [{ isPrimary: "desc" }, { account: { createdAt: "asc" } }, { accountId: "asc" }],
    select: { accountId: true },
  });
  return account?.accountId ? { accountId: account.accountId, contactId: null } : null;
}

/**
 * Files one mailbox message, all in one transaction with its audit rows and the mailbox cursor:
 * a bounce marks our message BOUNCED, a reply or a known sender becomes an inbound interaction,
 * anything else waits in triage. The InboundEmail row is written first and its unique messageKey
 * claims the message, so a re-poll, or a second app instance polling at the same moment, finds it
 * claimed and changes nothing.
 */
export async function ingestMessage(
  db: Db,
  message: InboundMessage,
  advanceCursor: (tx: Tx) => Promise<void>,
): Promise<IngestOutcome> {
  return db.$transaction(async (tx) => {
    await advanceCursor(tx);
    const { dsn } = message;
    const bounced = dsn?.originalMessageId
      ? await tx.outboundMessage.findUnique({
          where: { messageKey: dsn.originalMessageId },
          select: { id: true, state: true, accountId: true, contactId: true, toAddress: true },
        })
      : null;
    const thread = dsn ? null : await threadedMessage(tx, message.threadIds);
    const sender = dsn || thread ? null : await senderMatch(tx, message.fromAddress);
    const target = thread ?? sender;
    const state: InboundEmailState = bounced ? "BOUNCE" : target ? "MATCHED" : "TRIAGE";

    const [claimed] = await tx.inboundEmail.createManyAndReturn({
      data: [
        {
          messageKey: message.messageKey,
          state,
          fromAddress: message.fromAddress,
          toAddress: message.toAddress,
          subject: message.subject,
          textBody: message.textBody,
          inReplyTo: message.inReplyTo,
          receivedAt: message.receivedAt,
          accountId: (bounced ?? target)?.accountId ?? null,
          contactId: (bounced ?? target)?.contactId ?? null,
        },
      ],
      skipDuplicates: true,
    });
    if (!claimed) return "duplicate";

    let interactionId: string | null = null;
    if (bounced && dsn) {
      // Only a failure is a bounce; a "delayed" report is kept (state BOUNCE) but changes nothing.
      const failed = dsn.action === null || dsn.action === "failed";
      const { count } = failed
        ? await tx.outboundMessage.updateMany({
            where: { id: bounced.id, state: { in: [...BOUNCEABLE] } },
            data: { state: "BOUNCED", lastReply: dsn.diagnostic, failedAt: new Date(), claimedUntil: null },
          })
        : { count: 0 };
      if (count === 1) {
        await recordAudit(tx, {
          actorId: null,
          action: "message.bounced",
          entityType: "OutboundMessage",
          entityId: bounced.id,
          before: { state: bounced.state },
          after: { state: "BOUNCED", reply: dsn.diagnostic, to: bounced.toAddress, report: claimed.id },
        });
      }
    } else if (target?.accountId) {
      const interaction = await createInboundInteraction(tx, claimed, {
        accountId: target.accountId,
        contactId: target.contactId,
        assignedUserId: thread?.senderId ?? null,
      });
      interactionId = interaction.id;
      await tx.inboundEmail.update({ where: { id: claimed.id }, data: { interactionId } });
    }
    await recordAudit(tx, {
      actorId: null,
      action: `inbound-email.${state.toLowerCase()}`,
      entityType: "InboundEmail",
      entityId: claimed.id,
      after: {
        messageKey: claimed.messageKey,
        from: claimed.fromAddress,
        subject: claimed.subject,
        matchedBy: bounced ? "bounce" : thread ? "thread" : sender ? "sender" : null,
        interactionId,
        bouncedMessageId: bounced?.id ?? null,
      },
    });
    return state;
  }, TX_OPTIONS);
}
