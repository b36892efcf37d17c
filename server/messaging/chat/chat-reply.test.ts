import type { MessageState } from "../../generated/prisma/enums.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.ts";
import { callerAs } from "../../test/sign-in-as.ts";
import { startTestJobQueue, stopTestJobQueue, waitForMessageState } from "../../test/test-job-queue.ts";
import { raceCalls, times } from "../../test/race-calls.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import { applyWebhookEvent } from "../../telephony/apply-event.ts";
import type { WebhookEvent } from "../../telephony/webhook-event.ts";
import { kickOutbox, startOutboxWorkers } from "../outbox-worker.ts";
import { NOT_CONFIGURED } from "../transport.ts";
import { chatTransport } from "./chat-transport.ts";
import { startChatProvider, type ChatProvider } from "./test-chat-provider.ts";
import {
  createAccount,
  createContact,
  createCtiIntegration,
  createTeam,
  createUser,
} from "../../../prisma/factories/index.ts";

// Chat replies leave through the app's own transport over real HTTP to a provider endpoint (a
// node:http server) that checks the HMAC signature with its copy of the integration secret,
// driven by the real job queue on this test's database.
let t: TestDb;
let boss: JobQueue;
let provider: ChatProvider;
let impostor: ChatProvider;
let agentId: string;
const LINE = "+442079460555";
const integrations = { withEndpoint: "", withoutEndpoint: "", wrongSecret: "" };
let n = 0;

const waitForState = (id: string, states: MessageState[], timeoutMs = 20_000) =>
  waitForMessageState(t.db, id, states, timeoutMs);

/** A customer starts a chat through an integration; it rings on the agent's line. */
async function incomingChat(integrationId: string, from = "jane.client@northwind.example") {
  const callId = `conv-${++n}`;
  const event = {
    type: "chat.started",
    eventId: `ev-${n}`,
    callId,
    occurredAt: new Date().toISOString(),
    from,
    line: LINE,
    direction: "INBOUND",
  } as WebhookEvent;
  const applied = await t.db.$transaction((tx) => applyWebhookEvent(tx, integrationId, event));
  return { sessionId: applied.sessionId!, callId };
}

const api = () => callerAs(t.db, agentId, { kickOutbox: (ids) => kickOutbox(boss, ids) });

beforeAll(async () => {
  t = await createTestDb();
  provider = await startChatProvider("provider-secret-of-the-chat-integration");
  impostor = await startChatProvider("a-secret-the-integration-never-had");
  boss = await startTestJobQueue(t);
  await startOutboxWorkers(boss, t.db, { CHAT: chatTransport(t.db) }, { pollingIntervalSeconds: 0.5 });
  const team = await createTeam(t.db, { name: "FX desk" });
  agentId = (await createUser(t.db, { teamIds: [team.id], lines: [LINE], name: "Chloe Chat" })).id;
  await createAccount(t.db, { ownerId: agentId, teamId: team.id });
  const secret = "provider-secret-of-the-chat-integration";
  integrations.withEndpoint = (
    await createCtiIntegration(t.db, { name: "Chat A", kind: "CHAT", replyUrl: provider.url, secret })
  ).id;
  integrations.withoutEndpoint = (
    await createCtiIntegration(t.db, { name: "Chat B", kind: "CHAT", replyUrl: null, secret })
  ).id;
  integrations.wrongSecret = (
    await createCtiIntegration(t.db, { name: "Chat C", kind: "CHAT", replyUrl: impostor.url, secret })
  ).id;
}, 60_000);
afterAll(async () => {
  await stopTestJobQueue(boss);
  await provider.close();
  await impostor.close();
  await t.close();
});

describe("chat replies to the provider", () => {
  it("writes the line and its message together, posts it signed, and marks it SENT with the provider's answer", async () => {
    const { sessionId, callId } = await incomingChat(integrations.withEndpoint);
    const before = provider.received.length;
    const { messageId } = await (
      await api()
    ).telephony.reply({ sessionId, text: "Hello Jane — 0.8546 it is." });
    const sent = await waitForState(messageId, ["SENT"]);
    const segment = await t.db.transcriptSegment.findFirstOrThrow({ where: { sessionId, speaker: "agent" } });
    expect(sent).toMatchObject({
      channel: "CHAT",
      commSessionId: sessionId,
      transcriptSegmentId: segment.id,
      toAddress: "jane.client@northwind.example",
      textBody: "Hello Jane — 0.8546 it is.",
      attempts: 1,
    });
    expect(sent.lastReply).toMatch(/^200 OK: .*accepted/);
    const got = provider.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]!.signatureValid).toBe(true);
    expect(got[0]!.payload).toMatchObject({
      conversationId: callId,
      messageId: sent.messageKey,
      text: "Hello Jane — 0.8546 it is.",
      agent: "Chloe Chat",
    });
    expect(new Date(got[0]!.payload.sentAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const states = await (await api()).telephony.chatMessages({ sessionId });
    expect(states).toEqual([expect.objectContaining({ id: messageId, seq: segment.seq, state: "SENT" })]);
  });

  it("retries after the provider answers 500, and the same messageId arrives again and is SENT", async () => {
    const { sessionId } = await incomingChat(integrations.withEndpoint);
    provider.answerNext(500);
    const before = provider.received.length;
    const { messageId } = await (await api()).telephony.reply({ sessionId, text: "One moment please." });
    const sent = await waitForState(messageId, ["SENT"], 30_000);
    expect(sent.attempts).toBe(2);
    const got = provider.received.slice(before);
    expect(got.map((r) => r.status)).toEqual([500, 200]);
    expect(new Set(got.map((r) => r.payload.messageId))).toEqual(new Set([sent.messageKey]));
  }, 40_000);

  it("marks a 400 FAILED with the provider's reply; of concurrent retries one re-queues it, and it is sent once", async () => {
    const { sessionId } = await incomingChat(integrations.withEndpoint);
    provider.answerNext(400);
    const before = provider.received.length;
    const caller = await api();
    const { messageId } = await caller.telephony.reply({ sessionId, text: "Are you still there?" });
    const failed = await waitForState(messageId, ["FAILED"]);
    expect(failed.lastReply).toMatch(/^400 Bad Request: .*conversation closed/);
    expect(failed.attempts).toBe(1);

    const { ok, errors } = await raceCalls(times(5, () => caller.telephony.retryChatMessage({ messageId })));
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(Array(4).fill("CONFLICT"));
    const sent = await waitForState(messageId, ["SENT"]);
    expect(sent.attempts).toBe(2);
    // Give a duplicate job time to show up: the provider must see the message exactly twice.
    await new Promise((r) => setTimeout(r, 1500));
    expect(provider.received.slice(before).map((r) => r.status)).toEqual([400, 200]);
    expect(await t.db.auditLog.count({ where: { entityId: messageId, action: "message.retry" } })).toBe(1);
  }, 30_000);

  it("is signed with the integration's secret: a provider holding another secret refuses it, as it refuses an unsigned post", async () => {
    const { sessionId } = await incomingChat(integrations.wrongSecret);
    const { messageId } = await (await api()).telephony.reply({ sessionId, text: "Hi" });
    const failed = await waitForState(messageId, ["FAILED"]);
    expect(failed.lastReply).toMatch(/^401 Unauthorized: .*Signature does not match/);
    expect(impostor.received.at(-1)!.signatureValid).toBe(false);

    const before = provider.received.length;
    const res = await fetch(provider.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: "x", messageId: "forged", text: "hi", agent: null, sentAt: "" }),
    });
    expect(res.status).toBe(401);
    expect(provider.received.slice(before).map((r) => r.signatureValid)).toEqual([false]);
  });

  it("marks the reply NOT_SENT when the integration has no reply endpoint, and posts nothing", async () => {
    const { sessionId } = await incomingChat(integrations.withoutEndpoint);
    const before = provider.received.length + impostor.received.length;
    const { messageId } = await (await api()).telephony.reply({ sessionId, text: "Hello?" });
    const m = await t.db.outboundMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(m.state).toBe("NOT_SENT");
    expect(m.lastReply).toBe(NOT_CONFIGURED.CHAT);
    await new Promise((r) => setTimeout(r, 1000));
    expect(provider.received.length + impostor.received.length).toBe(before);
    const retried = await raceCalls([async () => (await api()).telephony.retryChatMessage({ messageId })]);
    expect(retried.errors.map((e) => e.code)).toEqual(["CONFLICT"]);
  });

  it("writes neither the line nor a message when the chat has ended", async () => {
    const { sessionId } = await incomingChat(integrations.withEndpoint);
    const caller = await api();
    await caller.telephony.control({ sessionId, action: "hangup" });
    await expect(caller.telephony.reply({ sessionId, text: "Too late" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await t.db.transcriptSegment.count({ where: { sessionId, speaker: "agent" } })).toBe(0);
    expect(await t.db.outboundMessage.count({ where: { commSessionId: sessionId } })).toBe(0);
  });
});

describe("start chat", () => {
  it("opens an outbound chat on the contact's e-mail and sends the first line to the provider, signed", async () => {
    const team = await t.db.team.findFirstOrThrow({ where: { name: "FX desk" } });
    const account = await createAccount(t.db, { ownerId: agentId, teamId: team.id });
    const contact = await createContact(t.db, { accountId: account.id, email: "mateo@silverline.example" });
    const caller = await api();
    expect(await caller.telephony.startChatAvailability({ contactId: contact.id })).toEqual({
      available: true,
      handle: "mateo@silverline.example",
    });
    const before = provider.received.length;
    const { sessionId, messageId } = await caller.telephony.startChat({
      contactId: contact.id,
      text: "Good morning Mateo, EUR/GBP is at 0.8546.",
    });
    const session = await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({
      channel: "CHAT",
      direction: "OUTBOUND",
      state: "ANSWERED",
      agentId,
      contactId: contact.id,
      toAddress: "mateo@silverline.example",
      integrationId: integrations.withEndpoint,
    });
    const sent = await waitForState(messageId, ["SENT"]);
    expect(sent.toAddress).toBe("mateo@silverline.example");
    const got = provider.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      signatureValid: true,
      payload: { conversationId: session.externalId, text: "Good morning Mateo, EUR/GBP is at 0.8546." },
    });
  });

  it("is unavailable, with the reason, for a contact with no handle, and refuses another team's contact as missing", async () => {
    const other = await createTeam(t.db);
    const stranger = await createUser(t.db, { teamIds: [other.id] });
    const theirs = await createContact(t.db, {
      accountId: (await createAccount(t.db, { ownerId: stranger.id, teamId: other.id })).id,
    });
    const caller = await api();
    await expect(caller.telephony.startChatAvailability({ contactId: theirs.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.telephony.startChat({ contactId: theirs.id, text: "Hi" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const team = await t.db.team.findFirstOrThrow({ where: { name: "FX desk" } });
    const bare = await createContact(t.db, {
      accountId: (await createAccount(t.db, { ownerId: agentId, teamId: team.id })).id,
    });
    expect(await t.db.contactMechanism.count({ where: { contactId: bare.id } })).toBe(0);
    expect(await caller.telephony.startChatAvailability({ contactId: bare.id })).toEqual({
      available: false,
      reason: "This contact has no e-mail or phone number to chat on",
    });
  });
});
