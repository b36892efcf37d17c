import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createCtiIntegration, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { agentBus } from "./agent-bus.ts";
import { applyWebhookEvent } from "./apply-event.ts";
import { ingestWebhook } from "./ingest-webhook.ts";
import { signedHeaders, SIGNATURE_HEADERS } from "./signature.ts";
import type { WebhookEvent } from "./webhook-event.ts";
import { raceCalls } from "../test/race-calls.ts";

// A softphone button pressed many times at once, or a provider retrying an event while the first
// delivery is still being applied, changes the call once. On PostgreSQL these calls really run side
// by side (on PGlite one connection takes them in turn).
const CONCURRENT = 50;
const LINE = "+442079460333";

let t: TestDb;
let repId: string;
let integrationId: string;
let secret: string;
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [team.id], lines: [LINE] })).id;
  const integration = await createCtiIntegration(t.db, { kind: "PBX", originateUrl: null });
  integrationId = integration.id;
  secret = integration.secret;
});
afterAll(async () => {
  await agentBus().close();
  await t.close();
});

/** A call or chat ringing on the rep's line, as the provider reported it. */
async function incoming(type: "call.ringing" | "chat.started" = "call.ringing") {
  const event = {
    type,
    eventId: `ring-${++n}`,
    callId: `race-call-${n}`,
    occurredAt: new Date().toISOString(),
    from: "+441614960999",
    line: LINE,
    direction: "INBOUND",
  } as WebhookEvent;
  return (await t.db.$transaction((tx) => applyWebhookEvent(tx, integrationId, event))).sessionId;
}

const eventsOf = (sessionId: string, type: string) => t.db.commEvent.count({ where: { sessionId, type } });
const auditRows = (action: string, entityId: string) => t.db.auditLog.count({ where: { action, entityId } });

describe("softphone controls pressed concurrently", () => {
  for (const [action, from, event, message] of [
    ["answer", [], "call.answered", "Cannot answer this call: it is in progress."],
    ["hold", ["answer"], "call.held", "Cannot hold this call: it is on hold."],
    ["resume", ["answer", "hold"], "call.resumed", "Cannot resume this call: it is in progress."],
    ["hangup", ["answer"], "call.ended", "Cannot hangup this call: it is ended."],
  ] as const) {
    it(`${action} applies once out of ${CONCURRENT}: one event, one audit row, the others get 409`, async () => {
      const sessionId = await incoming();
      const api = await callerAs(t.db, repId);
      for (const step of from) await api.telephony.control({ sessionId, action: step });
      const { ok, errors } = await raceCalls(
        Array.from({ length: CONCURRENT }, () => () => api.telephony.control({ sessionId, action })),
      );
      expect(ok).toHaveLength(1);
      expect(errors).toHaveLength(CONCURRENT - 1);
      for (const e of errors) expect(e).toMatchObject({ code: "CONFLICT", message });
      expect(await eventsOf(sessionId, event)).toBe(1);
      expect(await auditRows(`telephony.${action}`, sessionId)).toBe(1);
    });
  }

  it("lets one of an answer and a decline sent together win; the call ends up as the winner left it", async () => {
    const sessionId = await incoming();
    const api = await callerAs(t.db, repId);
    const { ok, errors } = await raceCalls(
      Array.from(
        { length: CONCURRENT },
        (_, i) => () => api.telephony.control({ sessionId, action: i % 2 ? "decline" : "answer" }),
      ),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "CONFLICT" });
    const session = await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.state).toBe(ok[0]!.state);
    expect((await eventsOf(sessionId, "call.answered")) + (await eventsOf(sessionId, "call.declined"))).toBe(
      1,
    );
  });

  it(`numbers ${CONCURRENT} concurrent chat replies one after another: every reply stored, none a 500`, async () => {
    const sessionId = await incoming("chat.started");
    const api = await callerAs(t.db, repId);
    const { ok, errors } = await raceCalls(
      Array.from(
        { length: CONCURRENT },
        (_, i) => () => api.telephony.reply({ sessionId, text: `Reply ${i}` }),
      ),
    );
    expect(errors).toEqual([]);
    expect(ok).toHaveLength(CONCURRENT);
    const seqs = (await t.db.transcriptSegment.findMany({ where: { sessionId }, select: { seq: true } }))
      .map((s) => s.seq)
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: CONCURRENT }, (_, i) => i));
    // The first reply accepted the waiting chat; the others found it accepted.
    expect(await eventsOf(sessionId, "chat.accepted")).toBe(1);
  });
});

describe("webhook events delivered concurrently", () => {
  const deliver = (event: WebhookEvent) => {
    const rawBody = JSON.stringify(event);
    const headers = signedHeaders(secret, rawBody);
    return ingestWebhook(t.db, agentBus(), {
      integrationId,
      rawBody,
      timestamp: headers[SIGNATURE_HEADERS.timestamp] ?? null,
      signature: headers[SIGNATURE_HEADERS.signature] ?? null,
    });
  };

  it(`applies one event id once out of ${CONCURRENT} deliveries of a new call: one call, one event, the rest are duplicates`, async () => {
    const event = {
      type: "call.ringing",
      eventId: `retry-${++n}`,
      callId: `retried-call-${n}`,
      occurredAt: new Date().toISOString(),
      from: "+441614960998",
      line: LINE,
      direction: "INBOUND",
    } as WebhookEvent;
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => deliver(event)));
    expect(answers.filter((a) => a.status === 202)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200 && a.body.duplicate === true)).toHaveLength(CONCURRENT - 1);
    expect(new Set(answers.map((a) => a.body.sessionId)).size).toBe(1);
    expect(await t.db.commSession.count({ where: { integrationId, externalId: event.callId } })).toBe(1);
    expect(await t.db.commEvent.count({ where: { integrationId, eventId: event.eventId } })).toBe(1);
    // The agent's panel hears of the call once.
    expect(
      await t.db.agentNotification.count({ where: { sessionId: answers[0]!.body.sessionId as string } }),
    ).toBe(1);
  });

  it("ends the call when the provider's hang-up and the agent's hold race: no event is lost from the state", async () => {
    const sessionId = await incoming();
    const api = await callerAs(t.db, repId);
    await api.telephony.control({ sessionId, action: "answer" });
    const { externalId: callId } = await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } });
    const ended = {
      type: "call.ended",
      eventId: `end-${++n}`,
      callId,
      occurredAt: new Date().toISOString(),
    } as WebhookEvent;
    await Promise.allSettled([
      ...Array.from({ length: CONCURRENT / 2 }, () => api.telephony.control({ sessionId, action: "hold" })),
      deliver(ended),
    ]);
    expect((await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } })).state).toBe("ENDED");
  });
});
