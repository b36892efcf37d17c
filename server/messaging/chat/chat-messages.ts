import { z } from "zod";
import type { ServiceContext } from "../../service-context.ts";
import type { MessageState } from "../../generated/prisma/enums.ts";
import { AppError, AppErrorCode, notFound } from "../../errors.ts";
import { ZRecordId } from "../../records/record-id.ts";
import { mutate } from "../../records/mutate.ts";
import { loadOwnSession, ownSessionWhere } from "../../telephony/agent-sessions.ts";

export const ZChatMessagesRequestSchema = z.object({ sessionId: ZRecordId });
export const ZRetryChatMessageRequestSchema = z.object({ messageId: ZRecordId });

export type ChatMessageState = {
  id: string;
  seq: number;
  state: MessageState;
  lastReply: string | null;
  attempts: number;
};

/** The outgoing state of each agent line of a chat, by its transcript seq: what the panel marks. */
export async function chatMessageStates(
  ctx: ServiceContext,
  input: z.input<typeof ZChatMessagesRequestSchema>,
): Promise<ChatMessageState[]> {
  const { sessionId } = ZChatMessagesRequestSchema.parse(input);
  await loadOwnSession(ctx, sessionId);
  const [messages, segments] = await Promise.all([
    ctx.db.outboundMessage.findMany({
      where: { commSessionId: sessionId, channel: "CHAT", transcriptSegmentId: { not: null } },
      select: { id: true, transcriptSegmentId: true, state: true, lastReply: true, attempts: true },
    }),
    ctx.db.transcriptSegment.findMany({ where: { sessionId }, select: { id: true, seq: true } }),
  ]);
  const seqOf = new Map(segments.map((s) => [s.id, s.seq]));
  return messages.flatMap(({ transcriptSegmentId, ...m }) => {
    const seq = seqOf.get(transcriptSegmentId!);
    return seq === undefined ? [] : [{ ...m, seq }];
  });
}

/**
 * Sends a FAILED chat message again: FAILED → QUEUED in one conditional update, so of retries
 * pressed together one re-queues it and the others are told it is already on its way.
 */
export async function retryChatMessage(
  ctx: ServiceContext,
  input: z.input<typeof ZRetryChatMessageRequestSchema>,
) {
  const { messageId } = ZRetryChatMessageRequestSchema.parse(input);
  await mutate(ctx, {
    action: "message.retry",
    entityType: "OutboundMessage",
    run: async (tx) => {
      // Another agent's message is NOT_FOUND, as a missing one is.
      const owned = await tx.outboundMessage.findFirst({
        where: { id: messageId, channel: "CHAT" },
        select: { id: true, state: true, commSessionId: true },
      });
      if (
        !owned?.commSessionId ||
        !(await tx.commSession.findFirst({
          where: ownSessionWhere(ctx.viewer, owned.commSessionId),
          select: { id: true },
        }))
      )
        throw notFound("Message");
      const { count } = await tx.outboundMessage.updateMany({
        where: { id: messageId, state: "FAILED" },
        data: { state: "QUEUED", failedAt: null, claimedUntil: null },
      });
      if (count !== 1)
        throw new AppError(
          AppErrorCode.CONFLICT,
          "This message is not failed any more; it is already being sent.",
        );
      return { result: null, entityId: messageId, before: { state: "FAILED" }, after: { state: "QUEUED" } };
    },
  });
  await ctx.kickOutbox?.([messageId]);
  return { messageId, state: "QUEUED" as const };
}
