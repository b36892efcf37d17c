import { randomUUID } from "node:crypto";
import type { WebhookEventInput } from "../telephony/webhook-event.ts";
import type { DemoScript } from "./scripts.ts";

export type ScenarioOptions = {
  from?: string;
  line?: string;
  agent?: string;
  callId?: string;
  start?: Date;
  ringMs?: number;
};
export type TimedEvent = { atMs: number; event: WebhookEventInput };

/**
 * The webhooks a PBX or chat provider would send for a script: ringing (or chat started), answered
 * after a few rings, each line as a transcript segment or chat message, and the end. Pure, so it
 * is tested without a server.
 */
export function buildScenarioEvents(script: DemoScript, opts: ScenarioOptions = {}): TimedEvent[] {
  const callId = opts.callId ?? `sim-${randomUUID()}`;
  const start = opts.start ?? new Date();
  const party = {
    from: opts.from ?? script.from,
    line: opts.line ?? script.line,
    ...(opts.agent ? { agent: opts.agent } : {}),
  };
  const at = (ms: number) => new Date(start.getTime() + ms).toISOString();
  const id = () => randomUUID();
  const events: TimedEvent[] = [];
  let t = 0;
  const isCall = script.channel === "CALL";
  events.push({
    atMs: t,
    event: isCall
      ? { type: "call.ringing", eventId: id(), callId, occurredAt: at(t), ...party }
      : { type: "chat.started", eventId: id(), callId, occurredAt: at(t), ...party },
  });
  if (isCall) {
    t += opts.ringMs ?? 4000;
    events.push({
      atMs: t,
      event: { type: "call.answered", eventId: id(), callId, occurredAt: at(t), ...party },
    });
  }
  script.lines.forEach((l, seq) => {
    t += l.afterMs;
    const body = { eventId: id(), callId, occurredAt: at(t), seq, speaker: l.speaker, text: l.text };
    events.push({
      atMs: t,
      event: isCall ? { type: "transcript.segment", ...body } : { type: "chat.message", ...body },
    });
  });
  t += 2000;
  events.push({
    atMs: t,
    event: isCall
      ? { type: "call.ended", eventId: id(), callId, occurredAt: at(t) }
      : { type: "chat.ended", eventId: id(), callId, occurredAt: at(t) },
  });
  return events;
}
