import type { CommState } from "../generated/prisma/enums.ts";

export type StateEvent = { type: string; occurredAt: Date };

export type DerivedCall = {
  state: CommState;
  ringingAt: Date | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  durationSec: number | null;
};

// WRAP_UP and REPORTED are set by the agent's report, not by the provider: events never undo them.
const AFTER_THE_CALL: readonly CommState[] = ["WRAP_UP", "REPORTED"];

function earliest(events: readonly StateEvent[], types: readonly string[]): Date | null {
  let found: Date | null = null;
  for (const e of events)
    if (types.includes(e.type) && (!found || e.occurredAt < found)) found = e.occurredAt;
  return found;
}

/**
 * The state of a call or chat from every event received for it, in whatever order they came:
 * each milestone is the earliest event of its kind, and hold/resume is the latest of the two
 * while the call is live. A duplicate or late event therefore never moves a call backwards.
 */
export function deriveCallState(events: readonly StateEvent[], current: CommState): DerivedCall {
  const ringingAt = earliest(events, ["call.ringing", "chat.started"]);
  const answeredAt = earliest(events, ["call.answered", "chat.accepted"]);
  const endedAt = earliest(events, ["call.ended", "chat.ended", "call.declined"]);
  const start = answeredAt ?? ringingAt;
  const durationSec =
    endedAt && start ? Math.max(0, Math.round((endedAt.getTime() - start.getTime()) / 1000)) : null;
  const timing = { ringingAt, answeredAt, endedAt, durationSec };

  if (AFTER_THE_CALL.includes(current)) return { state: current, ...timing };
  if (endedAt) return { state: "ENDED", ...timing };
  if (answeredAt) {
    const lastHoldChange = events
      .filter((e) => (e.type === "call.held" || e.type === "call.resumed") && e.occurredAt >= answeredAt)
      .reduce<StateEvent | null>(
        (latest, e) => (!latest || e.occurredAt >= latest.occurredAt ? e : latest),
        null,
      );
    return { state: lastHoldChange?.type === "call.held" ? "ON_HOLD" : "ANSWERED", ...timing };
  }
  return { state: "RINGING", ...timing };
}
