import type { Db } from "../db/create-client.ts";
import type { CommunicationChannel, MessageState } from "../generated/prisma/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { assertMarketingConsent } from "../consent/marketing-consent.ts";
import { NOT_CONFIGURED, TransportError, type OutgoingMessage, type Transports } from "./transport.ts";

/** How long a worker owns a message it claimed; after that another attempt may take it. */
export const CLAIM_MS = 120_000;

export type DeliveryOutcome = "sent" | "not-sent" | "canceled" | "failed" | "retry" | "skipped";

export type DeliverOptions = {
  now?: Date;
  /** The job's last attempt: a transient failure ends the message as FAILED instead of QUEUED. */
  finalAttempt?: boolean;
  /** Headers for the message, e.g. List-Unsubscribe on marketing e-mail. */
  headersFor?: (message: {
    id: string;
    channel: string;
    isMarketing: boolean;
    contactId: string | null;
    accountId: string | null;
  }) => Record<string, string>;
};

/**
 * Sends one queued message, at most once at a time across every worker and app instance: the
 * message is claimed by a conditional update (QUEUED, or SENDING whose claim has lapsed), so of
 * workers racing on it one gets it. The outcome is written conditionally on that claim, so a worker
 * that lost its claim (it stalled past CLAIM_MS) cannot overwrite a newer attempt's result.
 * A transient failure puts the message back to QUEUED and throws, so the job queue retries with
 * backoff; every other outcome is final.
 */
export async function deliverMessage(
  db: Db,
  messageId: string,
  transports: Transports,
  { now = new Date(), finalAttempt = false, headersFor }: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  // One round trip claims the message and reads it back.
  const [m] = await db.outboundMessage.updateManyAndReturn({
    where: {
      id: messageId,
      OR: [{ state: "QUEUED" }, { state: "SENDING", claimedUntil: { lt: now } }],
    },
    data: { state: "SENDING", claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: { increment: 1 } },
  });
  if (!m) return "skipped";
  const [attachments, commSession] = await Promise.all([
    m.interactionId
      ? db.interactionAttachment.findMany({
          where: { interactionId: m.interactionId },
          select: { fileName: true, mimeType: true, content: true },
          orderBy: { createdAt: "asc" },
        })
      : [],
    m.commSessionId
      ? db.commSession.findUnique({
          where: { id: m.commSessionId },
          select: { integrationId: true, externalId: true },
        })
      : null,
  ]);
  const finish = async (state: MessageState, reply: string, outcome: DeliveryOutcome) => {
    const at = new Date();
    await db.$transaction(async (tx) => {
      const { count } = await tx.outboundMessage.updateMany({
        where: { id: m.id, state: "SENDING", attempts: m.attempts },
        data: {
          state,
          lastReply: reply.slice(0, 2000),
          claimedUntil: null,
          ...(state === "SENT" ? { sentAt: at } : {}),
          ...(state === "FAILED" ? { failedAt: at } : {}),
        },
      });
      // The interaction's "Sent" means a server accepted its message, so it is set here, not when written.
      if (count === 1 && state === "SENT" && m.interactionId) {
        await tx.interaction.updateMany({
          where: { id: m.interactionId, sentAt: null },
          data: { sentAt: at },
        });
      }
      if (count === 1 && state !== "QUEUED") {
        await recordAudit(tx, {
          actorId: null,
          action: `message.${state.toLowerCase()}`,
          entityType: "OutboundMessage",
          entityId: m.id,
          after: { state, reply, attempts: m.attempts, to: m.toAddress },
        });
      }
    });
    return outcome;
  };

  // Consent is checked again when the message leaves: one queued before a withdrawal is not sent.
  if (m.isMarketing && m.accountId) {
    const account = await db.account.findUnique({
      where: { id: m.accountId },
      select: { id: true, partyGroupName: true },
    });
    try {
      if (account) await assertMarketingConsent(db, account, m.channel as CommunicationChannel, now);
    } catch (e) {
      if (e instanceof AppError) return finish("CANCELED", `Not sent: ${e.message}`, "canceled");
      throw e;
    }
  }

  const transport = transports[m.channel];
  if (!transport) return finish("NOT_SENT", NOT_CONFIGURED[m.channel], "not-sent");

  const outgoing: OutgoingMessage = {
    id: m.id,
    channel: m.channel,
    messageKey: m.messageKey,
    fromAddress: m.fromAddress,
    toAddress: m.toAddress,
    subject: m.subject,
    textBody: m.textBody,
    htmlBody: m.htmlBody,
    isMarketing: m.isMarketing,
    attachments,
    headers: headersFor?.(m) ?? {},
    chat:
      commSession?.integrationId != null
        ? { integrationId: commSession.integrationId, conversationId: commSession.externalId }
        : undefined,
  };
  try {
    const { reply } = await transport.send(outgoing);
    return await finish("SENT", reply, "sent");
  } catch (e) {
    const reply = e instanceof TransportError ? e.reply : e instanceof Error ? e.message : String(e);
    const permanent = e instanceof TransportError && e.permanent;
    if (permanent || finalAttempt) return finish("FAILED", reply, "failed");
    await finish("QUEUED", reply, "retry");
    throw new TransportError(reply, false);
  }
}
