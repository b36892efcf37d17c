import { signedHeaders } from "../telephony/signature.ts";
import type { TimedEvent } from "./scenario-events.ts";

export type SentEvent = { type: string; status: number; body: string };

export type RunOptions = {
  baseUrl: string;
  integrationId: string;
  secret: string;
  events: TimedEvent[];
  /** 2 runs twice as fast; Infinity sends everything at once. */
  speed?: number;
  onSent?: (sent: SentEvent, index: number) => void;
  signal?: AbortSignal;
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(new Error("stopped"));
    };
    signal?.addEventListener("abort", stop, { once: true });
  });

/**
 * Posts each event as a real signed webhook, at its time in the script, and stops at the first
 * refusal: a simulator that carries on after a 4xx would only hide the problem.
 */
export async function runScenario({
  baseUrl,
  integrationId,
  secret,
  events,
  speed = 1,
  onSent,
  signal,
}: RunOptions): Promise<SentEvent[]> {
  const sent: SentEvent[] = [];
  let elapsed = 0;
  for (const [i, { atMs, event }] of events.entries()) {
    await sleep((atMs - elapsed) / speed, signal);
    elapsed = atMs;
    // Stamped when sent, as a real provider would: the script's offsets only set the pace.
    const body = JSON.stringify({ ...event, occurredAt: new Date().toISOString() });
    const res = await fetch(`${baseUrl}/api/telephony/webhooks/${integrationId}`, {
      method: "POST",
      body,
      headers: signedHeaders(secret, body),
      signal,
    });
    const result = { type: event.type, status: res.status, body: await res.text() };
    sent.push(result);
    onSent?.(result, i);
    if (res.status >= 300) throw new Error(`${event.type} was refused with ${res.status}: ${result.body}`);
  }
  return sent;
}
