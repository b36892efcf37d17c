import { randomUUID } from "node:crypto";
import { z } from "zod";
import { zText } from "../records/text.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { toE164 } from "../phone/to-e164.ts";
import { mutate } from "../records/mutate.ts";
import { accountScope, contactScope } from "../access/visibility.ts";
import { signedHeaders } from "./signature.ts";
import { applyAgentEvent, finishChange } from "./apply-event.ts";
import { screenPop } from "./screen-pop.ts";
import type { AgentBus } from "./agent-bus.ts";

export const ZDialRequestSchema = z.object({
  number: zText()
    .min(1, "Enter a number to call")
    .max(40)
    .refine((v) => toE164(v) !== null, "Enter a full number, e.g. +44 20 7946 0018"),
  contactId: ZRecordId.optional(),
  accountId: ZRecordId.optional(),
});

const ORIGINATE_TIMEOUT_MS = 3000;

/** Asks the phone system to place the call; a refusal is the agent's to see, nothing is stored. */
async function originate(url: string, secret: string | undefined, body: Record<string, unknown>) {
  const raw = JSON.stringify(body);
  try {
    const res = await fetch(url, {
      method: "POST",
      body: raw,
      headers: secret ? signedHeaders(secret, raw) : { "content-type": "application/json" },
      signal: AbortSignal.timeout(ORIGINATE_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`it answered ${res.status}`);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError(
      AppErrorCode.CONFLICT,
      `The phone system did not place the call (${reason}). Try again or dial from your handset.`,
    );
  }
}

/**
 * Click-to-dial. The call goes out through the phone integration's originate endpoint, which then
 * reports it like any other call; an integration without one is a softphone-only line (the demo),
 * where the call is connected at once.
 */
export async function dial(ctx: ServiceContext, bus: AgentBus, input: z.input<typeof ZDialRequestSchema>) {
  const parsed = ZDialRequestSchema.parse(input);
  const e164 = toE164(parsed.number) as string;
  const integration = await ctx.db.ctiIntegration.findFirst({
    where: { enabled: true, kind: { in: ["PBX", "TURRET"] } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      originateUrl: true,
      secrets: { orderBy: { createdAt: "desc" }, take: 1, select: { secret: true } },
    },
  });
  if (!integration)
    throw new AppError(
      AppErrorCode.CONFLICT,
      "No phone system is set up. Ask an admin to add one under Admin → Integrations.",
    );
  const line = await ctx.db.agentLine.findFirst({
    where: { userId: ctx.viewer.id },
    orderBy: { line: "asc" },
    select: { line: true },
  });
  const callId = `dealfloor-${randomUUID()}`;
  if (integration.originateUrl) {
    await originate(integration.originateUrl, integration.secrets[0]?.secret, {
      callId,
      from: line?.line ?? null,
      to: e164,
      agent: ctx.viewer.email,
    });
  }

  const applied = await mutate(ctx, {
    action: "telephony.dial",
    entityType: "CommSession",
    run: async (tx) => {
      const contact = parsed.contactId
        ? await tx.contact.findFirst({
            where: { id: parsed.contactId, ...contactScope(ctx.viewer) },
            select: { id: true, accountId: true },
          })
        : null;
      const account = parsed.accountId
        ? await tx.account.findFirst({
            where: { id: parsed.accountId, ...accountScope(ctx.viewer) },
            select: { id: true },
          })
        : null;
      const session = await tx.commSession.create({
        data: {
          integrationId: integration.id,
          externalId: callId,
          channel: "CALL",
          direction: "OUTBOUND",
          fromAddress: line?.line ?? ctx.viewer.email,
          toAddress: e164,
          fromE164: e164,
          line: line?.line ?? null,
          agentId: ctx.viewer.id,
          contactId: contact?.id ?? null,
          accountId: contact?.accountId ?? account?.id ?? null,
        },
      });
      if (!contact && !account) {
        const pop = await screenPop(tx, ctx.viewer, e164, session.id);
        const only = pop.kind === "one" ? pop.matches[0] : undefined;
        if (only)
          await finishChange(
            tx,
            session.id,
            {
              contactId: only.type === "contact" ? only.id : null,
              accountId: only.accountId,
              leadId: only.type === "lead" ? only.id : null,
            },
            { agentId: null, previousAgent: null },
          );
      }
      const ring = {
        type: "call.ringing",
        eventId: `agent:${randomUUID()}`,
        occurredAt: new Date(),
        payload: { source: "agent", to: e164 },
      };
      let result = await applyAgentEvent(tx, session, ring);
      if (!integration.originateUrl) {
        result = await applyAgentEvent(tx, session, {
          type: "call.answered",
          eventId: `agent:${randomUUID()}`,
          occurredAt: new Date(),
          payload: { source: "softphone" },
        });
      }
      return { result, entityId: session.id, after: { to: e164 } };
    },
  });
  await bus.publish(applied.wake);
  return { sessionId: applied.sessionId, state: applied.state };
}
