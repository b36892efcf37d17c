import type { MessageState } from "../generated/prisma/enums.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs, viewerOf } from "../test/sign-in-as.ts";
import { startSmtpSink, type SmtpSink } from "../test/smtp-sink.ts";
import { startTestJobQueue, stopTestJobQueue, waitForMessageState } from "../test/test-job-queue.ts";
import { raceCalls, times } from "../test/race-calls.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import { kickOutbox, startOutboxWorkers } from "./outbox-worker.ts";
import { deliverMessage } from "./deliver-message.ts";
import { smtpTransport } from "./email/smtp-transport.ts";
import { NOT_CONFIGURED } from "./transport.ts";
import { retryMessage } from "./retry-message.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";

// Admin → Outbox, the message state on interactions, and Retry, against a real SMTP server.
let t: TestDb;
let smtp: SmtpSink;
let boss: JobQueue;
let transport: ReturnType<typeof smtpTransport>;
let repId: string;
let otherRepId: string;
let adminId: string;
let accountId: string;

const kick = (ids: string[]) => kickOutbox(boss, ids);
const waitForState = (id: string, states: MessageState[], timeoutMs = 15_000) =>
  waitForMessageState(t.db, id, states, timeoutMs);

beforeAll(async () => {
  t = await createTestDb();
  smtp = await startSmtpSink();
  boss = await startTestJobQueue(t);
  transport = smtpTransport(smtp.url, { MAIL_FROM: "Dealfloor <crm@bank.example>" });
  await startOutboxWorkers(boss, t.db, { EMAIL: transport }, { pollingIntervalSeconds: 0.5 });
  const team = await createTeam(t.db, { name: "FX desk", mailFrom: "FX Desk <fx@bank.example>" });
  const otherTeam = await createTeam(t.db, { name: "Bonds desk" });
  repId = (await createUser(t.db, { role: "REP", teamIds: [team.id], name: "Fay Rep" })).id;
  otherRepId = (await createUser(t.db, { role: "REP", teamIds: [otherTeam.id], name: "Olly Rep" })).id;
  adminId = (await createUser(t.db, { role: "ADMIN", teamIds: [], name: "Ada Admin" })).id;
  accountId = (await createAccount(t.db, { ownerId: repId, teamId: team.id, partyGroupName: "Fabrikam AG" }))
    .id;
}, 60_000);
afterAll(async () => {
  await stopTestJobQueue(boss);
  transport.close();
  await smtp.close();
  await t.close();
});

const sendEmail = async (to = "cfo@fabrikam.example", kickIt = true) => {
  const api = await callerAs(t.db, repId, kickIt ? { kickOutbox: kick } : {});
  return api.interactions.create({
    accountId,
    send: true,
    planning: { name: "Quote", type: "EMAIL", emailAddress: to },
    result: { communicationChannel: "EMAIL", subject: "Your quote", body: "EUR/USD 1.0850 <b>firm</b>" },
  });
};

describe("retry", () => {
  it("re-queues a FAILED message once under ten concurrent retries, keeps its attempts, and sends it", async () => {
    smtp.refuseNext({ code: 550, message: "5.7.1 Relaying denied" });
    const created = await sendEmail();
    const failed = await waitForState(created.messageId!, ["FAILED"]);
    expect(failed.attempts).toBe(1);

    const before = smtp.received.length;
    const api = await callerAs(t.db, repId, { kickOutbox: kick });
    const { ok, errors } = await raceCalls(times(10, () => api.messages.retry({ id: failed.id })));
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(9);
    expect(errors.every((e) => e.code === "CONFLICT")).toBe(true);
    const sent = await waitForState(failed.id, ["SENT"]);
    expect(sent.attempts).toBe(2);
    expect(sent.messageKey).toBe(failed.messageKey);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.length).toBe(before + 1);
    expect(
      await t.db.auditLog.count({ where: { entityId: failed.id, action: "message.retry", actorId: repId } }),
    ).toBe(1);
  });

  it("refuses to retry a message that was sent", async () => {
    const created = await sendEmail();
    await waitForState(created.messageId!, ["SENT"]);
    const api = await callerAs(t.db, repId);
    await expect(api.messages.retry({ id: created.messageId! })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("retries NOT_SENT only once a mail server is configured", async () => {
    const created = await sendEmail("later@fabrikam.example", false);
    expect(await deliverMessage(t.db, created.messageId!, {})).toBe("not-sent");
    const ctx = { db: t.db, viewer: await viewerOf(t.db, repId), kickOutbox: kick };
    await expect(retryMessage(ctx, { id: created.messageId! }, {})).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await retryMessage(ctx, { id: created.messageId! }, { SMTP_URL: smtp.url });
    expect((await waitForState(created.messageId!, ["SENT"])).lastReply).toMatch(/^250/);
  });

  it("gives another team's rep the same NOT_FOUND as a missing message", async () => {
    const created = await sendEmail("x@fabrikam.example", false);
    const other = await callerAs(t.db, otherRepId);
    await expect(other.messages.retry({ id: created.messageId! })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.messages.get({ id: created.messageId! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await other.messages.forInteractions({ interactionIds: [created.id] })).toEqual([]);
    await expect(other.messages.retry({ id: "not-an-id" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("Admin → Outbox", () => {
  it("is for admins only", async () => {
    const rep = await callerAs(t.db, repId);
    await expect(rep.messages.outbox({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists messages newest first, filters by state, and shows an unsent one honestly", async () => {
    const created = await sendEmail("nobody@fabrikam.example", false);
    await deliverMessage(t.db, created.messageId!, {});
    const admin = await callerAs(t.db, adminId);
    const all = await admin.messages.outbox({ limit: 200 });
    const times_ = all.items.map((m) => m.createdAt.getTime());
    expect(times_).toEqual([...times_].sort((a, b) => b - a));
    expect(all.items[0]!.id).toBe(created.messageId);
    const notSent = await admin.messages.outbox({ state: "NOT_SENT" });
    expect(notSent.items.every((m) => m.state === "NOT_SENT")).toBe(true);
    expect(notSent.items.find((m) => m.id === created.messageId)?.lastReply).toBe(NOT_CONFIGURED.EMAIL);
    await expect(admin.messages.outbox({ state: "NOPE" as never })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("opens a message as it would have been sent: headers, text and escaped HTML parts", async () => {
    const created = await sendEmail("view@fabrikam.example", false);
    const admin = await callerAs(t.db, adminId);
    const m = await admin.messages.get({ id: created.messageId! });
    const headers = Object.fromEntries(m.headers);
    expect(headers).toMatchObject({
      From: "FX Desk <fx@bank.example>",
      To: "view@fabrikam.example",
      Subject: "Your quote",
    });
    expect(headers["Message-ID"]).toMatch(/^<.+@.+>$/);
    expect(headers["List-Unsubscribe"]).toBeUndefined();
    expect(m.textBody).toContain("<b>firm</b>");
    expect(m.htmlBody).toContain("&lt;b&gt;firm&lt;/b&gt;");
    // The rep whose interaction it is sees it too, with its state.
    const rep = await callerAs(t.db, repId);
    const [row] = await rep.messages.forInteractions({ interactionIds: [created.id] });
    expect(row).toMatchObject({ id: created.messageId, state: "QUEUED", retryable: false });
  });
});
