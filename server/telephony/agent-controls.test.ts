import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_HEADERS, verifySignature } from "./signature.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import {
  createAccount,
  createContact,
  createCtiIntegration,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { createInProcessBus } from "./agent-bus.ts";
import { applyWebhookEvent } from "./apply-event.ts";
import { controlCall, linkCustomer, replyToChat } from "./agent-controls.ts";
import { dial } from "./dial.ts";
import { activeSessions, sessionDetail } from "./agent-sessions.ts";
import { openAgentStream } from "./agent-stream.ts";
import type { WebhookEvent } from "./webhook-event.ts";

let t: TestDb;
const bus = createInProcessBus();
let alice: Viewer;
let bob: Viewer;
let integrationId: string;
let contactId: string;
let accountId: string;
const LINE = "+442079460111";
let n = 0;

async function incoming(type: "call.ringing" | "chat.started", from = "+441614960111") {
  const event = {
    type,
    eventId: `ev-${++n}`,
    callId: `call-${n}`,
    occurredAt: new Date().toISOString(),
    from,
    line: LINE,
    direction: "INBOUND",
  } as WebhookEvent;
  const applied = await t.db.$transaction((tx) => applyWebhookEvent(tx, integrationId, event));
  return applied.sessionId;
}
const ctxOf = (viewer: Viewer) => ({ db: t.db, viewer });

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  const other = await createTeam(t.db);
  const a = await createUser(t.db, { teamIds: [team.id], lines: [LINE] });
  const b = await createUser(t.db, { teamIds: [other.id] });
  alice = (await loadViewer(t.db, await openSession(t.db, a.id, {})))!;
  bob = (await loadViewer(t.db, await openSession(t.db, b.id, {})))!;
  accountId = (await createAccount(t.db, { teamId: team.id, ownerId: a.id })).id;
  contactId = (await createContact(t.db, { accountId, phone: "+441614960222" })).id;
  integrationId = (await createCtiIntegration(t.db, { kind: "PBX", originateUrl: null })).id;
});
afterAll(async () => {
  await bus.close();
  await t.close();
});

describe("softphone controls", () => {
  it("answers, holds, resumes and hangs up, each as an audited event", async () => {
    const sessionId = await incoming("call.ringing");
    for (const [action, state] of [
      ["answer", "ANSWERED"],
      ["hold", "ON_HOLD"],
      ["resume", "ANSWERED"],
      ["hangup", "ENDED"],
    ] as const) {
      expect((await controlCall(ctxOf(alice), bus, { sessionId, action })).state).toBe(state);
    }
    const audit = await t.db.auditLog.findMany({
      where: { entityId: sessionId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(audit.map((r) => r.action)).toEqual([
      "telephony.answer",
      "telephony.hold",
      "telephony.resume",
      "telephony.hangup",
    ]);
    const session = await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.answeredAt).not.toBeNull();
    expect(session.durationSec).not.toBeNull();
  });

  it("refuses a control that does not fit the state, and changes nothing", async () => {
    const sessionId = await incoming("call.ringing");
    await expect(controlCall(ctxOf(alice), bus, { sessionId, action: "hold" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Cannot hold this call: it is ringing.",
    });
    await controlCall(ctxOf(alice), bus, { sessionId, action: "decline" });
    await expect(controlCall(ctxOf(alice), bus, { sessionId, action: "answer" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const session = await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ state: "ENDED", outcome: "Declined", answeredAt: null });
  });

  it("gives another agent the same NOT_FOUND as a missing call", async () => {
    const sessionId = await incoming("call.ringing");
    const hidden = await controlCall(ctxOf(bob), bus, { sessionId, action: "answer" }).catch((e: Error) => e);
    const missing = await controlCall(ctxOf(bob), bus, {
      sessionId: "019a0000-0000-7000-8000-000000000000",
      action: "answer",
    }).catch((e: Error) => e);
    expect(hidden).toMatchObject({ code: "NOT_FOUND", message: "Call not found" });
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "Call not found" });
    await expect(sessionDetail(ctxOf(bob), { sessionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await activeSessions(ctxOf(bob))).sessions).toEqual([]);
  });
});

describe("chat", () => {
  it("replies in order, accepting a waiting chat, and ends it", async () => {
    const sessionId = await incoming("chat.started");
    await replyToChat(ctxOf(alice), bus, { sessionId, text: "Good morning, how can I help?" });
    await replyToChat(ctxOf(alice), bus, { sessionId, text: "Pricing that now." });
    const { session, transcript } = await sessionDetail(ctxOf(alice), { sessionId });
    expect(session.state).toBe("ANSWERED");
    expect(transcript.map((s) => [s.seq, s.speaker, s.text])).toEqual([
      [0, "agent", "Good morning, how can I help?"],
      [1, "agent", "Pricing that now."],
    ]);
    expect((await controlCall(ctxOf(alice), bus, { sessionId, action: "hangup" })).state).toBe("ENDED");
    await expect(replyToChat(ctxOf(alice), bus, { sessionId, text: "late" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This chat has ended.",
    });
  });
});

describe("linking the caller and dialling out", () => {
  it("ties the session to the contact the agent chose, within their access", async () => {
    const sessionId = await incoming("call.ringing", "+441614960999");
    await linkCustomer(ctxOf(alice), bus, { sessionId, contactId });
    const session = await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ contactId, accountId });
  });

  it("places a softphone-only call, matched to the customer by number", async () => {
    const { sessionId, state } = await dial(ctxOf(alice), bus, { number: "01614960222" });
    expect(state).toBe("ANSWERED");
    const session = await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({
      direction: "OUTBOUND",
      toAddress: "+441614960222",
      agentId: alice.id,
      contactId,
      accountId,
      line: LINE,
    });
    await expect(dial(ctxOf(alice), bus, { number: "12" })).rejects.toThrow(/Enter a full number/);
  });
});

describe("click-to-dial through the phone system's originate endpoint", () => {
  it("asks the PBX to place the call, signed, and refuses cleanly when the PBX says no", async () => {
    const received: { body: Record<string, unknown>; signed: boolean }[] = [];
    let answer = 202;
    const pbx = http.createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        const signed = verifySignature(
          ["pbx-secret"],
          req.headers[SIGNATURE_HEADERS.timestamp] as string,
          req.headers[SIGNATURE_HEADERS.signature] as string,
          raw,
        ).ok;
        received.push({ body: JSON.parse(raw) as Record<string, unknown>, signed });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((r) => pbx.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(pbx.address() as AddressInfo).port}/originate`;
    // The alphabetically first enabled PBX is the one that dials.
    await t.db.ctiIntegration.create({
      data: {
        name: "A real PBX",
        kind: "PBX",
        originateUrl: url,
        secrets: { create: { secret: "pbx-secret" } },
      },
    });
    try {
      const placed = await dial(ctxOf(alice), bus, { number: "+44 20 7946 0018" });
      expect(placed.state).toBe("RINGING");
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({
        signed: true,
        body: { to: "+442079460018", from: LINE, agent: alice.email },
      });
      const session = await t.db.commSession.findUniqueOrThrow({ where: { id: placed.sessionId } });
      expect(session.externalId).toBe(received[0]!.body.callId);

      answer = 503;
      const before = await t.db.commSession.count();
      await expect(dial(ctxOf(alice), bus, { number: "+44 20 7946 0019" })).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/did not place the call \(it answered 503\)/),
      });
      expect(await t.db.commSession.count()).toBe(before);
    } finally {
      await t.db.ctiIntegration.deleteMany({ where: { name: "A real PBX" } });
      await new Promise<void>((r) => pbx.close(() => r()));
    }
  });
});

describe("live stream", () => {
  it("resumes after the last message seen and delivers new ones as they are queued", async () => {
    const before = await activeSessions(ctxOf(alice));
    const abort = new AbortController();
    const stream = await openAgentStream(t.db, bus, alice.id, BigInt(before.cursor), abort.signal);
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) text += decoder.decode((await reader.read()).value);
    };
    const sessionId = await incoming("call.ringing");
    await bus.publish([alice.id]);
    await readUntil(sessionId);
    expect(text).toMatch(/^retry: 2000/);
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => BigInt(m[1]!));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id > BigInt(before.cursor))).toBe(true);
    expect(text).toContain("event: session");
    abort.abort();
  });

  it("ends with signed-out, and delivers nothing more, once the session is gone", async () => {
    const before = await activeSessions(ctxOf(alice));
    const abort = new AbortController();
    let signedIn = true;
    const stream = await openAgentStream(
      t.db,
      bus,
      alice.id,
      BigInt(before.cursor),
      abort.signal,
      async () => signedIn,
    );
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(": connected")) text += decoder.decode((await reader.read()).value);
    signedIn = false; // an admin disabled the user, or they signed out elsewhere
    const sessionId = await incoming("call.ringing");
    await bus.publish([alice.id]);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      text += decoder.decode(chunk.value);
    expect(text).toContain("event: signed-out");
    expect(text).not.toContain(sessionId);
    abort.abort();
  });
});
