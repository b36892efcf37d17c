import { randomUUID } from "node:crypto";
import { z } from "zod";
import { zText } from "../records/text.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { CommState } from "../generated/prisma/enums.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountScope, contactScope, leadScope } from "../access/visibility.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import { applyAgentEvent, type AppliedEvent } from "./apply-event.ts";
import { lockOwnSession } from "./agent-sessions.ts";
import type { AgentBus } from "./agent-bus.ts";
import { queueChatReply } from "../messaging/chat/queue-chat-reply.ts";

export const CALL_CONTROLS = ["answer", "decline", "hold", "resume", "hangup"] as const;
export type CallControl = (typeof CALL_CONTROLS)[number];

export const ZCallControlRequestSchema = z.object({ sessionId: ZRecordId, action: z.enum(CALL_CONTROLS) });
export const ZChatReplyRequestSchema = z.object({
  sessionId: ZRecordId,
  text: zText({ multiline: true }).min(1, "Type a message").max(2000),
});
export const ZLinkCustomerRequestSchema = z
  .object({
    sessionId: ZRecordId,
    contactId: ZRecordId.optional(),
    accountId: ZRecordId.optional(),
    leadId: ZRecordId.optional(),
  })
  .refine((v) => [v.contactId, v.accountId, v.leadId].filter(Boolean).length === 1, {
    message: "Choose exactly one contact, account or lead",
    path: ["contactId"],
  });

// Which states each control applies to, and the event it stands for on a call and on a chat.
const CONTROL_RULES: Record<CallControl, { from: readonly CommState[]; call: string; chat: string }> = {
  answer: { from: ["RINGING"], call: "call.answered", chat: "chat.accepted" },
  decline: { from: ["RINGING"], call: "call.declined", chat: "chat.ended" },
  hold: { from: ["ANSWERED"], call: "call.held", chat: "call.held" },
  resume: { from: ["ON_HOLD"], call: "call.resumed", chat: "call.resumed" },
  hangup: { from: ["RINGING", "ANSWERED", "ON_HOLD"], call: "call.ended", chat: "chat.ended" },
};

const STATE_WORDS: Record<CommState, string> = {
  RINGING: "ringing",
  ANSWERED: "in progress",
  ON_HOLD: "on hold",
  ENDED: "ended",
  WRAP_UP: "ended",
  REPORTED: "ended and reported",
};

/** Runs an agent's change to a session as one audited transaction, then wakes the streams. */
async function agentChange(
  ctx: ServiceContext,
  bus: AgentBus,
  action: string,
  sessionId: string,
  run: (tx: Tx) => Promise<AppliedEvent>,
) {
  const applied = await mutate(ctx, {
    action,
    entityType: "CommSession",
    run: async (tx) => {
      const result = await run(tx);
      return { result, entityId: sessionId, after: { state: result.state } };
    },
  });
  await bus.publish(applied.wake);
  return { sessionId, state: applied.state };
}

const agentEvent = (type: string, payload: Record<string, unknown>) => ({
  type,
  eventId: `agent:${randomUUID()}`,
  occurredAt: new Date(),
  payload: { source: "agent", type, ...payload } as Prisma.InputJsonValue,
});

/**
 * Answer, decline, hold, resume or hang up from the softphone. The change is stored as an event
 * beside the provider's, so the state keeps being derived from events alone.
 */
export async function controlCall(
  ctx: ServiceContext,
  bus: AgentBus,
  input: z.input<typeof ZCallControlRequestSchema>,
) {
  const { sessionId, action } = ZCallControlRequestSchema.parse(input);
  return agentChange(ctx, bus, `telephony.${action}`, sessionId, async (tx) => {
    const session = await lockOwnSession(ctx, sessionId, tx);
    const rule = CONTROL_RULES[action];
    if (!rule.from.includes(session.state)) {
      const what = session.channel === "CHAT" ? "chat" : "call";
      throw new AppError(
        AppErrorCode.CONFLICT,
        `Cannot ${action} this ${what}: it is ${STATE_WORDS[session.state]}.`,
      );
    }
    const type = session.channel === "CHAT" ? rule.chat : rule.call;
    const outcome = action === "decline" ? { outcome: "Declined" } : {};
    return applyAgentEvent(tx, session, agentEvent(type, { agentId: ctx.viewer.id }), outcome);
  });
}

/**
 * The agent's reply in a chat: stored as the next message of the conversation and, in the same
 * transaction, queued as an outgoing message to the provider's reply endpoint; sent after commit.
 */
export async function replyToChat(
  ctx: ServiceContext,
  bus: AgentBus,
  input: z.input<typeof ZChatReplyRequestSchema>,
) {
  const { sessionId, text } = ZChatReplyRequestSchema.parse(input);
  let message: { id: string; queued: boolean } | undefined;
  const result = await agentChange(ctx, bus, "telephony.chatReply", sessionId, async (tx) => {
    const session = await lockOwnSession(ctx, sessionId, tx);
    if (session.channel !== "CHAT")
      throw new AppError(AppErrorCode.BAD_REQUEST, "Replies are for chats; this is a call.");
    if (!["RINGING", "ANSWERED", "ON_HOLD"].includes(session.state))
      throw new AppError(AppErrorCode.CONFLICT, "This chat has ended.");
    const applied = await storeAgentLine(ctx, tx, session, text);
    message = applied.message;
    return applied.applied;
  });
  if (message?.queued) await ctx.kickOutbox?.([message.id]);
  return { ...result, messageId: message!.id };
}

/** Writes an agent's chat line (and its outgoing message) as the conversation's next segment. */
export async function storeAgentLine(
  ctx: ServiceContext,
  tx: Tx,
  session: Awaited<ReturnType<typeof lockOwnSession>>,
  text: string,
) {
  const last = await tx.transcriptSegment.findFirst({
    where: { sessionId: session.id },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  const seq = (last?.seq ?? -1) + 1;
  const event = agentEvent("chat.message", { seq, speaker: "agent", text });
  const segment = await tx.transcriptSegment.create({
    data: { sessionId: session.id, seq, speaker: "agent", text, occurredAt: event.occurredAt },
  });
  const message = await queueChatReply(tx, ctx.viewer, session, segment);
  // Replying to a chat that was still waiting accepts it.
  if (session.state === "RINGING")
    await applyAgentEvent(tx, session, agentEvent("chat.accepted", { agentId: ctx.viewer.id }));
  return { applied: await applyAgentEvent(tx, session, event), message };
}

/** The agent picks who is calling from the chooser (or ties an unknown caller to a record). */
export async function linkCustomer(
  ctx: ServiceContext,
  bus: AgentBus,
  input: z.input<typeof ZLinkCustomerRequestSchema>,
) {
  const { sessionId, contactId, accountId, leadId } = ZLinkCustomerRequestSchema.parse(input);
  return agentChange(ctx, bus, "telephony.linkCustomer", sessionId, async (tx) => {
    const session = await lockOwnSession(ctx, sessionId, tx);
    let update: Prisma.CommSessionUncheckedUpdateInput;
    if (contactId) {
      const contact = await tx.contact.findFirst({
        where: { id: contactId, ...contactScope(ctx.viewer) },
        select: { id: true, accountId: true },
      });
      if (!contact) throw notFound("Contact");
      update = { contactId: contact.id, accountId: contact.accountId, leadId: null };
    } else if (accountId) {
      const account = await tx.account.findFirst({
        where: { id: accountId, ...accountScope(ctx.viewer) },
        select: { id: true },
      });
      if (!account) throw notFound("Account");
      update = { accountId: account.id, contactId: null, leadId: null };
    } else {
      const lead = await tx.lead.findFirst({
        where: { id: leadId, ...leadScope(ctx.viewer) },
        select: { id: true },
      });
      if (!lead) throw notFound("Lead");
      update = { leadId: lead.id, contactId: null, accountId: null };
    }
    return applyAgentEvent(
      tx,
      session,
      agentEvent("customer.linked", { contactId, accountId, leadId }),
      update,
    );
  });
}
