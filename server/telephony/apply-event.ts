import type { Prisma } from "../generated/prisma/client.ts";
import type { CommChannel } from "../generated/prisma/enums.ts";
import { toE164 } from "../phone/to-e164.ts";
import { deriveCallState } from "./call-state.ts";
import { routeToAgent, viewerForAgent } from "./agent-viewer.ts";
import { screenPop, type PopResult } from "./screen-pop.ts";
import { queueForAgent } from "./agent-notifications.ts";
import { sessionViewSelect, toSessionView } from "./session-view.ts";
import type { WebhookEvent } from "./webhook-event.ts";

type Tx = Prisma.TransactionClient;

export type AppliedEvent = {
  duplicate: boolean;
  sessionId: string;
  state: string;
  /** Agents whose live stream has something new. */
  wake: string[];
};

/** An event the agent raised from the panel (answer, hold, reply…), stored beside the provider's. */
export type AgentEvent = { type: string; eventId: string; occurredAt: Date; payload: Prisma.InputJsonValue };

const channelOf = (type: string): CommChannel => (type.startsWith("chat.") ? "CHAT" : "CALL");

function partyOf(event: WebhookEvent) {
  return "from" in event ? event : null;
}

/** Creates the session on the first event seen for a call, whatever kind that event is, and locks it. */
async function lockSession(tx: Tx, integrationId: string, event: WebhookEvent) {
  const party = partyOf(event);
  await tx.commSession.createMany({
    data: [
      {
        integrationId,
        externalId: event.callId,
        channel: channelOf(event.type),
        direction: party?.direction ?? "INBOUND",
        // Filled in below, from the first event that names the caller.
        fromAddress: "",
      },
    ],
    skipDuplicates: true,
  });
  // Serialises events for one call across requests and app instances.
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CommSession" WHERE "integrationId" = ${integrationId}::uuid AND "externalId" = ${event.callId} FOR UPDATE`;
  return tx.commSession.findUniqueOrThrow({ where: { id: locked!.id } });
}

/**
 * Stores one provider event and brings its call or chat up to date: who it is routed to, the
 * caller's records (screen pop), the transcript, the derived state, and the agent's stream.
 * A repeated event id changes nothing.
 */
export async function applyWebhookEvent(
  tx: Tx,
  integrationId: string,
  event: WebhookEvent,
): Promise<AppliedEvent> {
  const session = await lockSession(tx, integrationId, event);
  const stored = await tx.commEvent.createMany({
    data: [
      {
        integrationId,
        eventId: event.eventId,
        sessionId: session.id,
        type: event.type,
        occurredAt: new Date(event.occurredAt),
        payload: event as unknown as Prisma.InputJsonValue,
      },
    ],
    skipDuplicates: true,
  });
  if (stored.count === 0) return { duplicate: true, sessionId: session.id, state: session.state, wake: [] };

  const party = partyOf(event);
  const update: Prisma.CommSessionUncheckedUpdateInput = {};
  if (party) {
    if (!session.fromAddress) {
      update.fromAddress = party.from;
      update.fromE164 = toE164(party.from);
      update.direction = party.direction;
    }
    if (!session.toAddress && party.to) update.toAddress = party.to;
    if (!session.line && party.line) update.line = party.line;
  }
  const previousAgent = session.agentId;
  const routed = party ? await routeToAgent(tx, party.agent, party.line ?? session.line) : null;
  const agentId = routed ?? previousAgent;
  if (agentId !== previousAgent) update.agentId = agentId;

  if (event.type === "transcript.segment" || event.type === "chat.message") {
    await tx.transcriptSegment.createMany({
      data: [
        {
          sessionId: session.id,
          seq: event.seq,
          speaker: event.speaker,
          text: event.text,
          occurredAt: new Date(event.occurredAt),
        },
      ],
      skipDuplicates: true,
    });
  }
  if (event.type === "call.ended" && event.outcome) update.outcome = event.outcome;

  let pop: PopResult | undefined;
  const firstForAgent = agentId && agentId !== previousAgent;
  const direction = (update.direction as string | undefined) ?? session.direction;
  if (
    firstForAgent &&
    direction === "INBOUND" &&
    !session.accountId &&
    !session.contactId &&
    !session.leadId
  ) {
    const agent = await viewerForAgent(tx, agentId);
    const e164 = (update.fromE164 as string | null | undefined) ?? session.fromE164;
    if (agent) pop = await screenPop(tx, agent, e164, session.id);
    const only = pop?.kind === "one" ? pop.matches[0] : undefined;
    if (only?.type === "contact") Object.assign(update, { contactId: only.id, accountId: only.accountId });
    if (only?.type === "account") update.accountId = only.id;
    if (only?.type === "lead") update.leadId = only.id;
  }

  return finishChange(tx, session.id, update, {
    agentId,
    previousAgent,
    pop,
    segment: segmentOf(event, session.id),
  });
}

function segmentOf(event: WebhookEvent | AgentEvent, sessionId: string) {
  if (event.type !== "transcript.segment" && event.type !== "chat.message") return undefined;
  const e = ("payload" in event ? event.payload : event) as { seq: number; speaker: string; text: string };
  return {
    sessionId,
    seq: e.seq,
    speaker: e.speaker,
    text: e.text,
    occurredAt: event.occurredAt instanceof Date ? event.occurredAt.toISOString() : event.occurredAt,
  };
}

/**
 * Re-derives the state from every stored event, saves it with `update`, and queues the change
 * for the agent (and for the agent the call was taken from, so their panel lets go of it).
 */
export async function finishChange(
  tx: Tx,
  sessionId: string,
  update: Prisma.CommSessionUncheckedUpdateInput,
  notify: {
    agentId: string | null;
    previousAgent: string | null;
    pop?: PopResult;
    segment?: ReturnType<typeof segmentOf>;
  },
): Promise<AppliedEvent> {
  const current = await tx.commSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { state: true },
  });
  const events = await tx.commEvent.findMany({
    where: { sessionId },
    select: { type: true, occurredAt: true },
  });
  const derived = deriveCallState(events, current.state);
  const row = await tx.commSession.update({
    where: { id: sessionId },
    data: { ...update, ...derived },
    select: sessionViewSelect,
  });
  const view = toSessionView(row, notify.pop);
  const wake = [notify.agentId, notify.previousAgent].filter(
    (id, i, all): id is string => !!id && all.indexOf(id) === i,
  );
  for (const agent of wake) {
    await queueForAgent(tx, agent, { type: "session", data: view });
    if (notify.segment && agent === notify.agentId)
      await queueForAgent(tx, agent, { type: "segment", data: notify.segment });
  }
  return { duplicate: false, sessionId, state: derived.state, wake };
}

/** Stores an event the agent raised from the panel, then brings the session up to date. */
export async function applyAgentEvent(
  tx: Tx,
  session: { id: string; integrationId: string | null; agentId: string | null },
  event: AgentEvent,
  update: Prisma.CommSessionUncheckedUpdateInput = {},
): Promise<AppliedEvent> {
  await tx.commEvent.create({
    data: {
      integrationId: session.integrationId,
      eventId: event.eventId,
      sessionId: session.id,
      type: event.type,
      occurredAt: event.occurredAt,
      payload: event.payload,
    },
  });
  return finishChange(tx, session.id, update, {
    agentId: session.agentId,
    previousAgent: null,
    segment: segmentOf(event, session.id),
  });
}
