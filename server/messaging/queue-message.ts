import { randomUUID } from "node:crypto";
import type { MessageChannel } from "../generated/prisma/enums.ts";
import type { Tx } from "../records/mutate.ts";
import { withUnsubscribeFooter } from "./unsubscribe/links.ts";

export type NewOutboundMessage = {
  channel: MessageChannel;
  teamId: string;
  senderId?: string | null;
  interactionId?: string | null;
  commSessionId?: string | null;
  transcriptSegmentId?: string | null;
  accountId?: string | null;
  contactId?: string | null;
  isMarketing?: boolean;
  fromAddress?: string | null;
  toAddress: string;
  subject?: string | null;
  textBody: string;
  htmlBody?: string | null;
};

/** The domain of generated Message-IDs: the app's own host, so replies thread back to it. */
function messageIdDomain(): string {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? "http://dealfloor.local").hostname || "dealfloor.local";
  } catch {
    return "dealfloor.local";
  }
}

/** A key that stays the same over every attempt to send one message. */
export function newMessageKey(channel: MessageChannel): string {
  const id = randomUUID();
  return channel === "EMAIL" ? `<${id}@${messageIdDomain()}>` : `df-${id}`;
}

/**
 * Writes an outgoing message as QUEUED, inside the caller's transaction (the one that writes its
 * interaction or chat reply), so the record and the message land together or not at all. Nothing
 * is sent here: after the commit, kickOutbox() gives it to the job queue, and the outbox sweep
 * finds it even if that never happens.
 */
export async function queueOutboundMessage(tx: Tx, input: NewOutboundMessage) {
  // A marketing e-mail gets its unsubscribe footer here, so what is stored is what is sent.
  return tx.outboundMessage.create({
    data: {
      ...withUnsubscribeFooter(input),
      isMarketing: input.isMarketing ?? false,
      messageKey: newMessageKey(input.channel),
    },
  });
}
