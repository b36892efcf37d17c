import type { Db } from "../db/create-client.ts";
import { logger } from "../logger.ts";
import type { AgentBus } from "./agent-bus.ts";
import { latestSeq, messagesAfter } from "./agent-notifications.ts";

const HEARTBEAT_MS = 15_000;
/** Browsers wait this long before reconnecting a dropped stream. */
const RETRY_MS = 2_000;

/** Last-Event-ID from a reconnecting EventSource, or `?after=` from a first connection. */
export function parseResumePoint(value: string | null): bigint | null {
  return value && /^\d{1,19}$/.test(value) ? BigInt(value) : null;
}

/**
 * An agent's live stream as server-sent events. It sends what was queued after `after` (or starts
 * from now), then whatever the bus wakes it for; each message's id is its sequence number, so a
 * browser that reconnects resumes exactly where it stopped, on any app instance.
 *
 * The session is checked again before every delivery and on every heartbeat: a stream opened
 * before its user was disabled or signed out must not go on popping customers' details. It then
 * ends with a `signed-out` event, and the browser's reconnect gets 401.
 */
export async function openAgentStream(
  db: Db,
  bus: AgentBus,
  agentId: string,
  after: bigint | null,
  signal: AbortSignal,
  stillSignedIn: () => Promise<boolean> = async () => true,
): Promise<ReadableStream<Uint8Array>> {
  let cursor = after ?? (await latestSeq(db, agentId));
  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let draining = Promise.resolve();
      let closed = false;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const endIfSignedOut = async (): Promise<boolean> => {
        if (await stillSignedIn()) return false;
        send("event: signed-out\ndata: {}\n\n");
        close();
        return true;
      };
      // Wake-ups are chained so messages go out once each and in order.
      const drain = () => {
        draining = draining.then(async () => {
          if (closed) return;
          try {
            for (
              let batch = await messagesAfter(db, agentId, cursor);
              batch.length > 0;
              batch = await messagesAfter(db, agentId, cursor)
            ) {
              if (await endIfSignedOut()) return;
              for (const m of batch) {
                send(`id: ${m.seq}\nevent: ${m.type}\ndata: ${JSON.stringify(m.data)}\n\n`);
                cursor = BigInt(m.seq);
              }
            }
          } catch (err) {
            logger.error({ err, agentId }, "agent stream read failed");
            close();
          }
        });
      };
      send(`retry: ${RETRY_MS}\n: connected\n\n`);
      unsubscribe = bus.subscribe(agentId, drain);
      heartbeat = setInterval(() => {
        draining = draining.then(async () => {
          if (closed) return;
          try {
            if (!(await endIfSignedOut())) send(": ping\n\n");
          } catch (err) {
            logger.error({ err, agentId }, "agent stream session check failed");
            close();
          }
        });
      }, HEARTBEAT_MS);
      signal.addEventListener("abort", close);
      drain();
    },
    cancel() {
      unsubscribe();
      clearInterval(heartbeat);
    },
  });
}
