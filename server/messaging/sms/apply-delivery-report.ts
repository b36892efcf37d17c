import type { Db } from "../../db/create-client.ts";
import type { MessageState } from "../../generated/prisma/enums.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { TX_OPTIONS } from "../../records/mutate.ts";

// Kannel's delivery report types (dlr-mask bits): 1 delivered to the phone, 2 delivery failed,
// 4 buffered at the SMSC, 8 accepted by the SMSC, 16 rejected by the SMSC.
export const DLR = { DELIVERED: 1, FAILED: 2, BUFFERED: 4, SMSC_ACK: 8, SMSC_REJECT: 16 } as const;

export type DeliveryReport = { messageId: string; type: number; answer: string };
export type DlrOutcome = "changed" | "noted" | "unchanged" | "unknown-message";

// A report can only move a message forward from "the gateway has it". It may arrive before the
// worker has written SENT (Kannel reports within milliseconds), so SENDING counts too: a report
// for a message proves the gateway took it. DELIVERED, BOUNCED and FAILED are final.
const IN_FLIGHT: MessageState[] = ["SENDING", "SENT"];

const FINAL_OF: Record<number, MessageState | undefined> = {
  [DLR.DELIVERED]: "DELIVERED",
  [DLR.FAILED]: "BOUNCED",
  [DLR.SMSC_REJECT]: "FAILED",
};

/**
 * Applies one delivery report, idempotently: each change is a conditional update on the states it
 * may move from, so a repeated or late report (a type 8 after the type 1) changes nothing, and of
 * racing reports one wins. Audited with no actor (the gateway did it).
 */
export async function applyDeliveryReport(
  db: Db,
  { messageId, type, answer }: DeliveryReport,
  now = new Date(),
): Promise<DlrOutcome> {
  const exists = await db.outboundMessage.findFirst({
    where: { id: messageId, channel: "SMS" },
    select: { id: true, interactionId: true },
  });
  if (!exists) return "unknown-message";
  const reply = `${describe(type)}${answer ? `: ${answer}` : ""}`.slice(0, 2000);
  const final = FINAL_OF[type];
  return db.$transaction(async (tx) => {
    if (final) {
      const { count } = await tx.outboundMessage.updateMany({
        where: { id: messageId, state: { in: IN_FLIGHT } },
        data: {
          state: final,
          lastReply: reply,
          claimedUntil: null,
          ...(final === "DELIVERED" ? { deliveredAt: now } : { failedAt: now }),
        },
      });
      if (count !== 1) return "unchanged";
      // Sent before the worker could say so: a report means the gateway accepted it.
      await tx.outboundMessage.updateMany({ where: { id: messageId, sentAt: null }, data: { sentAt: now } });
      if (final === "DELIVERED" && exists.interactionId) {
        await tx.interaction.updateMany({
          where: { id: exists.interactionId, sentAt: null },
          data: { sentAt: now },
        });
      }
      await recordAudit(tx, {
        actorId: null,
        action: `message.${final.toLowerCase()}`,
        entityType: "OutboundMessage",
        entityId: messageId,
        after: { state: final, reply, dlrType: type },
      });
      return "changed";
    }
    // Intermediate reports (accepted or buffered by the SMSC) keep the state and note the answer,
    // only while the message is still SENT, and only once.
    const { count } = await tx.outboundMessage.updateMany({
      where: { id: messageId, state: "SENT", OR: [{ lastReply: null }, { lastReply: { not: reply } }] },
      data: { lastReply: reply },
    });
    if (count !== 1) return "unchanged";
    await recordAudit(tx, {
      actorId: null,
      action: "message.dlr",
      entityType: "OutboundMessage",
      entityId: messageId,
      after: { reply, dlrType: type },
    });
    return "noted";
  }, TX_OPTIONS);
}

function describe(type: number): string {
  switch (type) {
    case DLR.DELIVERED:
      return "Delivered to the phone";
    case DLR.FAILED:
      return "Not delivered to the phone";
    case DLR.BUFFERED:
      return "Held at the SMS centre";
    case DLR.SMSC_ACK:
      return "Accepted by the SMS centre";
    case DLR.SMSC_REJECT:
      return "Refused by the SMS centre";
    default:
      return `Delivery report ${type}`;
  }
}
