import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import {
  createAccount,
  createContact,
  createCtiIntegration,
  createLead,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { ingestWebhook } from "./ingest-webhook.ts";
import { signPayload } from "./signature.ts";
import { createInProcessBus } from "./agent-bus.ts";
import { messagesAfter } from "./agent-notifications.ts";
import type { WebhookEventInput } from "./webhook-event.ts";

let t: TestDb;
const bus = createInProcessBus();
let integration: { id: string; secret: string };
let alice: { id: string };
let bob: { id: string };
let contactId: string;
let accountId: string;
const NOW = new Date("2026-11-23T09:00:00Z");
const ALICE_LINE = "+442079460111";
const BOB_LINE = "+442079460999";
const KNOWN = "+33199001555";
const SHARED = "+16465550126";
const UNKNOWN = "+441614960999";
let seq = 0;

function post(
  event: WebhookEventInput,
  opts: { secret?: string; at?: Date; tamper?: boolean; timestamp?: number } = {},
) {
  const rawBody = JSON.stringify(event);
  const ts = opts.timestamp ?? Math.floor((opts.at ?? NOW).getTime() / 1000);
  const signature = signPayload(opts.secret ?? integration.secret, ts, rawBody);
  return ingestWebhook(t.db, bus, {
    integrationId: integration.id,
    rawBody: opts.tamper ? rawBody.replace(KNOWN, UNKNOWN) : rawBody,
    timestamp: String(ts),
    signature,
    now: NOW,
  });
}

const at = (sec: number) => new Date(NOW.getTime() + sec * 1000).toISOString();
const ringing = (callId: string, from: string, line = ALICE_LINE, sec = 0): WebhookEventInput => ({
  type: "call.ringing",
  eventId: `e${++seq}`,
  callId,
  occurredAt: at(sec),
  from,
  line,
});

beforeAll(async () => {
  t = await createTestDb();
  const fx = await createTeam(t.db, { name: "FX" });
  const other = await createTeam(t.db, { name: "Private" });
  alice = await createUser(t.db, { role: "REP", teamIds: [fx.id], lines: [ALICE_LINE] });
  bob = await createUser(t.db, { role: "REP", teamIds: [other.id], lines: [BOB_LINE] });
  const account = await createAccount(t.db, {
    teamId: fx.id,
    ownerId: alice.id,
    partyGroupName: "Acme Treasury",
  });
  accountId = account.id;
  contactId = (await createContact(t.db, { accountId, foreName: "Jeanne", surname: "Moreau", phone: KNOWN }))
    .id;
  // The same switchboard number on a contact and a lead the FX desk sees, and on a record it does not.
  await createContact(t.db, { teamId: fx.id, ownerId: alice.id, phone: SHARED });
  await createLead(t.db, { teamId: fx.id, ownerId: alice.id, phones: [SHARED] });
  await createContact(t.db, { teamId: other.id, ownerId: bob.id, phone: UNKNOWN });
  integration = await createCtiIntegration(t.db, {
    name: "Test PBX",
    kind: "PBX",
    secret: "s3cret-for-tests",
  });
});
afterAll(async () => {
  await bus.close();
  await t.close();
});

describe("webhook signatures", () => {
  it("accepts a valid signature and stores the event", async () => {
    const res = await post(ringing("sig-ok", UNKNOWN));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ accepted: true, duplicate: false, state: "RINGING" });
    expect(await t.db.commEvent.count({ where: { session: { externalId: "sig-ok" } } })).toBe(1);
  });

  it("refuses a tampered body, a wrong secret and a stale timestamp with 401, storing nothing", async () => {
    const before = await t.db.commEvent.count();
    const tampered = await post(ringing("sig-tampered", KNOWN), { tamper: true });
    const wrongSecret = await post(ringing("sig-wrong", KNOWN), { secret: "not-the-secret" });
    const stale = await post(ringing("sig-stale", KNOWN), { at: new Date(NOW.getTime() - 6 * 60_000) });
    const future = await post(ringing("sig-future", KNOWN), { at: new Date(NOW.getTime() + 6 * 60_000) });
    for (const res of [tampered, wrongSecret, stale, future]) expect(res.status).toBe(401);
    expect(String(stale.body.error)).toMatch(/Timestamp is 360 s from server time/);
    expect(await t.db.commEvent.count()).toBe(before);
    expect(await t.db.commSession.count({ where: { externalId: { startsWith: "sig-" } } })).toBe(1);
  });

  it("treats a replayed request as a duplicate that changes nothing", async () => {
    const event = ringing("sig-replay", UNKNOWN);
    const first = await post(event);
    const events = await t.db.commEvent.count();
    const notes = await t.db.agentNotification.count();
    const replay = await post(event);
    expect(first.status).toBe(202);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ duplicate: true, sessionId: first.body.sessionId });
    expect(await t.db.commEvent.count()).toBe(events);
    expect(await t.db.agentNotification.count()).toBe(notes);
  });

  it("accepts the old secret during a rotation's overlap, and not after it", async () => {
    await t.db.integrationSecret.updateMany({
      where: { integrationId: integration.id },
      data: { expiresAt: new Date(NOW.getTime() + 60_000) },
    });
    await t.db.integrationSecret.create({
      data: { integrationId: integration.id, secret: "the-new-secret" },
    });
    expect((await post(ringing("rot-old", UNKNOWN))).status).toBe(202);
    expect((await post(ringing("rot-new", UNKNOWN), { secret: "the-new-secret" })).status).toBe(202);
    await t.db.integrationSecret.updateMany({
      where: { integrationId: integration.id, secret: integration.secret },
      data: { expiresAt: new Date(NOW.getTime() - 1) },
    });
    expect((await post(ringing("rot-expired", UNKNOWN))).status).toBe(401);
    integration = { ...integration, secret: "the-new-secret" };
  });

  it("answers bad input with a 4xx naming the problem", async () => {
    const noJson = await ingestWebhook(t.db, bus, {
      integrationId: integration.id,
      rawBody: "{oops",
      timestamp: String(NOW.getTime() / 1000),
      signature: signPayload(integration.secret, NOW.getTime() / 1000, "{oops"),
      now: NOW,
    });
    expect(noJson).toMatchObject({ status: 400, body: { error: "Body is not valid JSON." } });
    const bad = await post({
      type: "call.ringing",
      eventId: "x1",
      callId: "bad",
      occurredAt: "yesterday",
      from: "",
    } as WebhookEventInput);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fieldErrors as Record<string, string[]>).sort()).toEqual([
      "from",
      "occurredAt",
    ]);
    const unknownType = await post({
      type: "call.teleported",
      eventId: "x2",
      callId: "bad",
      occurredAt: at(0),
    } as unknown as WebhookEventInput);
    expect(unknownType.status).toBe(400);
    const noIntegration = await ingestWebhook(t.db, bus, {
      integrationId: "not-a-uuid",
      rawBody: "{}",
      timestamp: null,
      signature: null,
      now: NOW,
    });
    expect(noIntegration.status).toBe(404);
  });
});

describe("webhook text the database cannot store", () => {
  it("answers 400 naming the field, not a retryable error, and stores nothing", async () => {
    const before = await t.db.commEvent.count();
    const cases: [WebhookEventInput, string][] = [
      [ringing("nul-call", "+44 20\u0000 7946"), "from"],
      [
        {
          type: "transcript.segment",
          eventId: `e${++seq}`,
          callId: "nul-call",
          occurredAt: at(0),
          seq: 0,
          speaker: "Agent",
          text: "Hi \ud800",
        },
        "text",
      ],
      [{ ...ringing("ctl-call", UNKNOWN), eventId: "bell\u0007" }, "eventId"],
      [{ ...ringing("year-0", UNKNOWN), occurredAt: "0000-01-01T00:00:00Z" }, "occurredAt"],
    ];
    for (const [event, field] of cases) {
      const res = await post(event);
      expect(res.status, field).toBe(400);
      expect(Object.keys(res.body.fieldErrors as Record<string, string[]>), field).toEqual([field]);
    }
    expect(await t.db.commEvent.count()).toBe(before);
  });
});

describe("call state", () => {
  it("derives the state from events that arrive out of order and twice", async () => {
    const callId = "ooo-1";
    const answered = {
      type: "call.answered",
      eventId: `e${++seq}`,
      callId,
      occurredAt: at(5),
      from: KNOWN,
      line: ALICE_LINE,
    } as const;
    const ended = { type: "call.ended", eventId: `e${++seq}`, callId, occurredAt: at(65) } as const;
    const held = { type: "call.held", eventId: `e${++seq}`, callId, occurredAt: at(20) } as const;
    const resumed = { type: "call.resumed", eventId: `e${++seq}`, callId, occurredAt: at(30) } as const;
    expect((await post(held)).body.state).toBe("RINGING");
    expect((await post(answered)).body.state).toBe("ON_HOLD");
    expect((await post(resumed)).body.state).toBe("ANSWERED");
    expect((await post(ended)).body.state).toBe("ENDED");
    // The ringing event comes last, and twice: the call stays ended.
    const ring = ringing(callId, KNOWN, ALICE_LINE, 0);
    expect((await post(ring)).body.state).toBe("ENDED");
    expect((await post(ring)).body).toMatchObject({ duplicate: true, state: "ENDED" });
    const session = await t.db.commSession.findFirstOrThrow({ where: { externalId: callId } });
    expect(session).toMatchObject({ state: "ENDED", agentId: alice.id, fromE164: KNOWN, durationSec: 60 });
    expect(session.ringingAt?.toISOString()).toBe(at(0));
  });

  it("stores transcript segments once each, in order", async () => {
    const callId = "transcript-1";
    await post(ringing(callId, KNOWN));
    const lines = ["Good morning", "I would like to buy 5 million EUR/USD", "Done at 1.0850"];
    for (const [i, text] of lines.entries()) {
      const e = {
        type: "transcript.segment",
        eventId: `tr-${i}`,
        callId,
        occurredAt: at(10 + i),
        seq: i,
        speaker: i % 2 ? "customer" : "agent",
        text,
      } as const;
      await post(e);
      await post({ ...e });
    }
    const session = await t.db.commSession.findFirstOrThrow({
      where: { externalId: callId },
      include: { transcript: { orderBy: { seq: "asc" } } },
    });
    expect(session.transcript.map((s) => s.text)).toEqual(lines);
  });
});

describe("routing and screen pop", () => {
  async function popFor(callId: string, from: string, line = ALICE_LINE) {
    const res = await post(ringing(callId, from, line));
    const session = await t.db.commSession.findUniqueOrThrow({ where: { id: res.body.sessionId as string } });
    const notes = await messagesAfter(t.db, session.agentId!, 0n, 1000);
    const sessionNote = notes.filter((n) => n.type === "session" && n.data.id === session.id).at(0);
    return { session, pop: sessionNote?.type === "session" ? sessionNote.data.pop : undefined };
  }

  it("opens the one customer with that number, normalised from any format", async () => {
    const { session, pop } = await popFor("pop-one", "0033 1 99 00 15 55");
    expect(pop?.kind).toBe("one");
    expect(pop?.matches[0]).toMatchObject({
      type: "contact",
      id: contactId,
      accountId,
      href: `/accounts/${accountId}?session=${session.id}&contact=${contactId}`,
    });
    expect(session).toMatchObject({ agentId: alice.id, contactId, accountId, fromE164: KNOWN });
  });

  it("offers a chooser for several matches, and only among records the agent may see", async () => {
    const { pop } = await popFor("pop-several", SHARED);
    expect(pop?.kind).toBe("several");
    expect(pop?.matches.map((m) => m.type).sort()).toEqual(["contact", "lead"]);
  });

  it("finds nothing for a number only another team holds: a new lead is offered", async () => {
    const { session, pop } = await popFor("pop-none", UNKNOWN);
    expect(pop).toMatchObject({ kind: "none", e164: UNKNOWN, matches: [] });
    expect(session.contactId).toBeNull();
  });

  it("sends each agent only their own calls", async () => {
    await popFor("route-bob", KNOWN, BOB_LINE);
    const bobNotes = await messagesAfter(t.db, bob.id, 0n, 1000);
    const aliceNotes = await messagesAfter(t.db, alice.id, 0n, 1000);
    const sessionsOf = (notes: typeof bobNotes) =>
      new Set(
        notes.flatMap((n) =>
          n.type === "session" ? [n.data.id] : n.type === "segment" ? [n.data.sessionId] : [],
        ),
      );
    const bobSessions = await t.db.commSession.findMany({ where: { agentId: bob.id }, select: { id: true } });
    expect([...sessionsOf(bobNotes)]).toEqual(bobSessions.map((s) => s.id));
    for (const s of bobSessions) expect(sessionsOf(aliceNotes).has(s.id)).toBe(false);
    // Bob's team does not hold Jeanne Moreau: his pop for her number finds no one.
    const bobPop = bobNotes.find((n) => n.type === "session" && n.data.pop);
    expect(bobPop?.type === "session" && bobPop.data.pop?.kind).toBe("none");
  });

  it("wakes the agent's stream once the event has committed", async () => {
    const woken: string[] = [];
    const off = bus.subscribe(alice.id, () => woken.push("alice"));
    await post(ringing("wake-1", UNKNOWN));
    off();
    expect(woken).toEqual(["alice"]);
  });
});
