import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { ServiceContext } from "../../service-context.ts";
import type { Db } from "../../db/create-client.ts";
import { AppError, AppErrorCode, notFound } from "../../errors.ts";
import { ZRecordId } from "../../records/record-id.ts";
import { zText } from "../../records/text.ts";
import { mutate, type Tx } from "../../records/mutate.ts";
import { contactScope } from "../../access/visibility.ts";
import { applyAgentEvent } from "../../telephony/apply-event.ts";
import { lockOwnSession } from "../../telephony/agent-sessions.ts";
import { storeAgentLine } from "../../telephony/agent-controls.ts";
import type { AgentBus } from "../../telephony/agent-bus.ts";

export const ZStartChatAvailabilityRequestSchema = z.object({ contactId: ZRecordId });
export const ZStartChatRequestSchema = z.object({
  contactId: ZRecordId,
  text: zText({ multiline: true }).min(1, "Type the first message").max(2000),
});

/**
 * The handle a chat provider reaches a contact on: their e-mail (the primary one first), as
 * business chat networks key people by it; failing that, their phone number in E.164.
 */
async function chatHandleOf(db: Tx, contactId: string) {
  const mechanisms = await db.contactMechanism.findMany({
    where: { contactId, type: { in: ["EMAIL", "PHONE"] } },
    orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }],
    select: { type: true, value: true, e164: true },
  });
  const email = mechanisms.find((m) => m.type === "EMAIL");
  if (email) return email.value.trim();
  return mechanisms.find((m) => m.type === "PHONE" && m.e164)?.e164 ?? null;
}

const chatIntegrationWithEndpoint = (db: Db) =>
  db.ctiIntegration.findFirst({
    where: { kind: "CHAT", enabled: true, replyUrl: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

export type StartChatAvailability =
  { available: true; handle: string } | { available: false; reason: string };

/** Whether "Start chat" can work for this contact, and if not, why (the button's title). */
export async function startChatAvailability(
  ctx: ServiceContext,
  input: z.input<typeof ZStartChatAvailabilityRequestSchema>,
): Promise<StartChatAvailability> {
  const { contactId } = ZStartChatAvailabilityRequestSchema.parse(input);
  const contact = await ctx.db.contact.findFirst({
    where: { id: contactId, ...contactScope(ctx.viewer) },
    select: { id: true },
  });
  if (!contact) throw notFound("Contact");
  if (!(await chatIntegrationWithEndpoint(ctx.db)))
    return {
      available: false,
      reason: "No chat integration has a reply endpoint to start conversations (Admin → Integrations)",
    };
  const handle = await chatHandleOf(ctx.db, contactId);
  if (!handle) return { available: false, reason: "This contact has no e-mail or phone number to chat on" };
  return { available: true, handle };
}

/**
 * Opens an outbound chat with a contact: a CHAT session for the agent, answered at once, whose first
 * line goes to the provider through the same outbox path as every reply.
 */
export async function startChat(
  ctx: ServiceContext,
  bus: AgentBus,
  input: z.input<typeof ZStartChatRequestSchema>,
) {
  const { contactId, text } = ZStartChatRequestSchema.parse(input);
  // The contact first: another team's contact must read as a missing one whatever else is set up.
  if (!(await ctx.db.contact.count({ where: { id: contactId, ...contactScope(ctx.viewer) } })))
    throw notFound("Contact");
  const integration = await chatIntegrationWithEndpoint(ctx.db);
  if (!integration)
    throw new AppError(
      AppErrorCode.CONFLICT,
      "No chat integration has a reply endpoint to start conversations. Ask an admin to set one.",
    );
  let message: { id: string; queued: boolean } | undefined;
  const applied = await mutate(ctx, {
    action: "telephony.startChat",
    entityType: "CommSession",
    run: async (tx) => {
      const contact = await tx.contact.findFirst({
        where: { id: contactId, ...contactScope(ctx.viewer) },
        select: { id: true, accountId: true },
      });
      if (!contact) throw notFound("Contact");
      const handle = await chatHandleOf(tx, contact.id);
      if (!handle)
        throw new AppError(
          AppErrorCode.BAD_REQUEST,
          "This contact has no e-mail or phone number to chat on.",
        );
      const created = await tx.commSession.create({
        data: {
          integrationId: integration.id,
          externalId: `dealfloor-chat-${randomUUID()}`,
          channel: "CHAT",
          direction: "OUTBOUND",
          fromAddress: ctx.viewer.email,
          toAddress: handle,
          agentId: ctx.viewer.id,
          contactId: contact.id,
          accountId: contact.accountId,
        },
      });
      const at = new Date();
      for (const type of ["chat.started", "chat.accepted"])
        await applyAgentEvent(tx, created, {
          type,
          eventId: `agent:${randomUUID()}`,
          occurredAt: at,
          payload: { source: "agent", type, agentId: ctx.viewer.id, to: handle },
        });
      const session = await lockOwnSession(ctx, created.id, tx);
      const line = await storeAgentLine(ctx, tx, session, text);
      message = line.message;
      return {
        result: line.applied,
        entityId: created.id,
        after: { to: handle, integration: integration.name },
      };
    },
  });
  await bus.publish(applied.wake);
  if (message?.queued) await ctx.kickOutbox?.([message.id]);
  return { sessionId: applied.sessionId, messageId: message!.id };
}
