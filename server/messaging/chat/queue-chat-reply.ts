import type { Tx } from "../../records/mutate.ts";
import type { Viewer } from "../../access/viewer.ts";
import { AppError, AppErrorCode } from "../../errors.ts";
import { queueOutboundMessage } from "../queue-message.ts";
import { NOT_CONFIGURED } from "../transport.ts";

type ChatSession = {
  id: string;
  integrationId: string | null;
  direction: "INBOUND" | "OUTBOUND";
  fromAddress: string;
  toAddress: string | null;
  accountId: string | null;
  contactId: string | null;
};

/** The customer's chat handle: who wrote in on an inbound chat, who we wrote to on an outbound one. */
export const customerHandle = (s: Pick<ChatSession, "direction" | "fromAddress" | "toAddress">) =>
  s.direction === "OUTBOUND" ? (s.toAddress ?? s.fromAddress) : s.fromAddress;

/**
 * Writes the outgoing message of an agent's chat line, in the transaction that stores the line, so
 * the two exist together or not at all. A chat whose integration has no reply endpoint gets its
 * message as NOT_SENT at once (there is nothing to retry); otherwise it is QUEUED for the outbox.
 */
export async function queueChatReply(
  tx: Tx,
  viewer: Viewer,
  session: ChatSession,
  segment: { id: string; text: string },
): Promise<{ id: string; queued: boolean }> {
  const [account, contact] = await Promise.all([
    session.accountId
      ? tx.account.findUnique({ where: { id: session.accountId }, select: { teamId: true } })
      : null,
    session.contactId
      ? tx.contact.findUnique({ where: { id: session.contactId }, select: { teamId: true } })
      : null,
  ]);
  // The message is the customer's team's; a chat not yet tied to a customer, the agent's.
  const teamId = account?.teamId ?? contact?.teamId ?? viewer.teamIds[0];
  if (!teamId)
    throw new AppError(
      AppErrorCode.CONFLICT,
      "You are in no team, so your reply cannot be sent on a team's behalf.",
    );
  const integration = session.integrationId
    ? await tx.ctiIntegration.findUnique({ where: { id: session.integrationId }, select: { replyUrl: true } })
    : null;
  const message = await queueOutboundMessage(tx, {
    channel: "CHAT",
    teamId,
    senderId: viewer.id,
    commSessionId: session.id,
    transcriptSegmentId: segment.id,
    accountId: session.accountId,
    contactId: session.contactId,
    fromAddress: viewer.name,
    toAddress: customerHandle(session),
    textBody: segment.text,
  });
  if (integration?.replyUrl) return { id: message.id, queued: true };
  await tx.outboundMessage.update({
    where: { id: message.id },
    data: { state: "NOT_SENT", lastReply: NOT_CONFIGURED.CHAT },
  });
  return { id: message.id, queued: false };
}
