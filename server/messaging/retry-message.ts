import { z } from "zod";
import type { MessageChannel } from "../generated/prisma/enums.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import { ZRecordId } from "../records/record-id.ts";
import type { ServiceContext } from "../service-context.ts";
import { messageScope } from "./message-scope.ts";

export const ZRetryMessageRequestSchema = z.object({ id: ZRecordId });

type Env = Record<string, string | undefined>;

/** Whether this deployment has a server for the channel (what transports-from-env.ts reads). */
export function channelConfigured(channel: MessageChannel, env: Env = process.env): boolean {
  if (channel === "EMAIL") return !!env.SMTP_URL;
  if (channel === "SMS") return !!env.SMS_GATEWAY_URL;
  // A chat reply's endpoint is on its integration, not in the environment; its retry is the chat panel's.
  return false;
}

/** FAILED can always be tried again; NOT_SENT only once a server for its channel is configured. */
export function retryableStates(channel: MessageChannel, env: Env = process.env) {
  return channelConfigured(channel, env) ? (["FAILED", "NOT_SENT"] as const) : (["FAILED"] as const);
}

/**
 * Puts a FAILED (or, with a server now configured, NOT_SENT) message back in the queue and hands it
 * to the job queue. The state change is one conditional update on the state the message is in, so
 * of concurrent retries one re-queues it and the others get CONFLICT; attempts are kept, so the
 * history of tries stays visible. The message keeps its Message-ID: a receiver that did get the
 * first try can tell the retry is the same message.
 */
export async function retryMessage(
  ctx: ServiceContext,
  req: z.output<typeof ZRetryMessageRequestSchema>,
  env: Env = process.env,
) {
  const result = await mutate(ctx, {
    action: "message.retry",
    entityType: "OutboundMessage",
    run: async (tx) => {
      const before = await tx.outboundMessage.findFirst({
        where: { id: req.id, ...messageScope(ctx.viewer) },
        select: { id: true, state: true, channel: true, attempts: true, lastReply: true, toAddress: true },
      });
      if (!before) throw notFound("Message");
      const allowed: readonly string[] = retryableStates(before.channel, env);
      if (!allowed.includes(before.state)) {
        throw new AppError(
          AppErrorCode.CONFLICT,
          before.state === "NOT_SENT"
            ? "No server is configured for this channel, so a retry would not send it either."
            : `This message is ${before.state.toLowerCase().replace("_", " ")} and cannot be retried.`,
          { state: before.state },
        );
      }
      const { count } = await tx.outboundMessage.updateMany({
        where: { id: before.id, state: before.state },
        data: { state: "QUEUED", claimedUntil: null, failedAt: null },
      });
      if (count !== 1) {
        throw new AppError(AppErrorCode.CONFLICT, "This message was already retried.");
      }
      const after = { state: "QUEUED", attempts: before.attempts, to: before.toAddress };
      return { result: { id: before.id, state: "QUEUED" as const }, entityId: before.id, before, after };
    },
  });
  await ctx.kickOutbox?.([result.id]);
  return result;
}
