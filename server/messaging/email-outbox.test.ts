import type { MessageState } from "../generated/prisma/enums.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { startSmtpSink, type SmtpSink } from "../test/smtp-sink.ts";
import { startTestJobQueue, stopTestJobQueue, waitForMessageState } from "../test/test-job-queue.ts";
import { raceCalls, times } from "../test/race-calls.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import { kickOutbox, startOutboxWorkers, sweepOutbox } from "./outbox-worker.ts";
import { deliverMessage } from "./deliver-message.ts";
import { smtpTransport } from "./email/smtp-transport.ts";
import { NOT_CONFIGURED } from "./transport.ts";
import { createAccount, createAgreement, createTeam, createUser } from "../../prisma/factories/index.ts";

// E-mail leaves through a real SMTP server (smtp-server on a free port), sent by the app's own
// nodemailer transport, driven by the real job queue (pg-boss) on this test's database.
let t: TestDb;
let smtp: SmtpSink;
let boss: JobQueue;
let transport: ReturnType<typeof smtpTransport>;
let repId: string;
let accountId: string;

const waitForState = (id: string, states: MessageState[], timeoutMs = 15_000) =>
  waitForMessageState(t.db, id, states, timeoutMs);

beforeAll(async () => {
  t = await createTestDb();
  smtp = await startSmtpSink();
  boss = await startTestJobQueue(t);
  transport = smtpTransport(smtp.url, { MAIL_FROM: "Dealfloor <crm@bank.example>" });
  await startOutboxWorkers(boss, t.db, { EMAIL: transport }, { pollingIntervalSeconds: 0.5 });
  const team = await createTeam(t.db, { name: "Rates desk", mailFrom: "Rates Desk <rates@bank.example>" });
  repId = (await createUser(t.db, { role: "REP", teamIds: [team.id], name: "Rita Rep" })).id;
  accountId = (
    await createAccount(t.db, { ownerId: repId, teamId: team.id, partyGroupName: "Northwind Ltd" })
  ).id;
}, 60_000);
afterAll(async () => {
  await stopTestJobQueue(boss);
  transport.close();
  await smtp.close();
  await t.close();
});

const sendEmail = async (extra: { sendMsgAsText?: boolean; body?: string; isMarketing?: boolean } = {}) => {
  const api = await callerAs(t.db, repId, { kickOutbox: (ids) => kickOutbox(boss, ids) });
  return api.interactions.create({
    accountId,
    send: true,
    isMarketing: extra.isMarketing ?? false,
    planning: { name: "Proposal", type: "EMAIL", emailAddress: "cfo@northwind.example" },
    result: {
      communicationChannel: "EMAIL",
      subject: "Your proposal – été",
      body: extra.body ?? "Dear Ms Smith,\n\nPlease find the proposal attached.\n\n<b>Rita</b>",
      sendMsgAsText: extra.sendMsgAsText ?? false,
    },
    attachments: [
      { fileName: "proposal.txt", mimeType: "text/plain", base64: Buffer.from("terms").toString("base64") },
    ],
  });
};

describe("e-mail out", () => {
  it("sends the interaction's message over SMTP with its stable Message-ID, HTML and text parts and the attachment", async () => {
    const before = smtp.received.length;
    const created = await sendEmail();
    const message = await waitForState(created.messageId!, ["SENT"]);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.messageId).toBe(message.messageKey);
    expect(mail!.subject).toBe("Your proposal – été");
    expect(mail!.from?.text).toContain("rates@bank.example");
    expect(mail!.to && "text" in mail!.to ? mail!.to.text : "").toBe("cfo@northwind.example");
    expect(mail!.text).toContain("Please find the proposal attached.");
    // The rep's text is escaped in the HTML part, never turned into markup.
    expect(mail!.html).toContain("&lt;b&gt;Rita&lt;/b&gt;");
    expect(mail!.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ["proposal.txt", "terms"],
    ]);
    expect(message.lastReply).toMatch(/^250/);
    const interaction = await t.db.interaction.findUniqueOrThrow({ where: { id: created.id } });
    expect(interaction.sentAt).not.toBeNull();
    expect(await t.db.auditLog.count({ where: { entityId: message.id, action: "message.sent" } })).toBe(1);
  });

  it("sends text only when Send Msg As Text is ticked", async () => {
    const before = smtp.received.length;
    const created = await sendEmail({ sendMsgAsText: true });
    await waitForState(created.messageId!, ["SENT"]);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.html).toBe(false);
    expect(mail!.text).toContain("Please find the proposal attached.");
  });

  it("marks a message refused for good (5xx) FAILED with the server's reply, and sends nothing", async () => {
    smtp.refuseNext({ code: 550, message: "5.1.1 Mailbox unavailable" });
    const before = smtp.received.length;
    const created = await sendEmail();
    const failed = await waitForState(created.messageId!, ["FAILED"]);
    expect(failed.lastReply).toContain("5.1.1 Mailbox unavailable");
    expect(smtp.received.length).toBe(before);
    expect((await t.db.interaction.findUniqueOrThrow({ where: { id: created.id } })).sentAt).toBeNull();
  });

  it("keeps a message QUEUED with the reply after a temporary refusal (4xx), and the retry sends it once", async () => {
    smtp.refuseNext({ code: 451, message: "4.3.0 Try again later" });
    const before = smtp.received.length;
    const created = await sendEmail();
    const sent = await waitForState(created.messageId!, ["SENT"], 30_000);
    expect(sent.attempts).toBe(2);
    expect(smtp.received.length).toBe(before + 1);
  }, 40_000);

  it("delivers a message once when ten workers race for it", async () => {
    const api = await callerAs(t.db, repId); // no kick: only the racing calls below send it
    const created = await api.interactions.create({
      accountId,
      send: true,
      planning: { name: "Race", type: "EMAIL", emailAddress: "race@northwind.example" },
      result: { communicationChannel: "EMAIL", subject: "Once", body: "Only once" },
    });
    const before = smtp.received.length;
    const { ok } = await raceCalls(
      times(10, () => deliverMessage(t.db, created.messageId!, { EMAIL: transport })),
    );
    expect(ok.filter((o) => o === "sent")).toHaveLength(1);
    expect(ok.filter((o) => o === "skipped")).toHaveLength(9);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.received.length).toBe(before + 1);
  });

  it("finds a message whose job was never created (a crash after the commit) and sends it", async () => {
    const api = await callerAs(t.db, repId);
    const created = await api.interactions.create({
      accountId,
      send: true,
      planning: { name: "Lost kick", type: "EMAIL", emailAddress: "lost@northwind.example" },
      result: { communicationChannel: "EMAIL", subject: "Lost", body: "Found again" },
    });
    expect((await t.db.outboundMessage.findUniqueOrThrow({ where: { id: created.messageId! } })).state).toBe(
      "QUEUED",
    );
    // The sweep looks for messages older than a minute: look from two minutes on.
    expect(await sweepOutbox(t.db, boss, new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
    await waitForState(created.messageId!, ["SENT"]);
  });

  it("finds a retried message whose job was lost, once it has waited longer than the longest backoff", async () => {
    const api = await callerAs(t.db, repId);
    const created = await api.interactions.create({
      accountId,
      send: true,
      planning: { name: "Lost retry", type: "EMAIL", emailAddress: "retry@northwind.example" },
      result: { communicationChannel: "EMAIL", subject: "Retried", body: "Found after a retry" },
    });
    await t.db
      .$executeRaw`UPDATE "OutboundMessage" SET attempts = 2, "updatedAt" = now() - interval '1 minute' WHERE id = ${created.messageId!}::uuid`;
    // Within the backoff window its own retry job is still due: the sweep leaves it alone.
    expect(await sweepOutbox(t.db, boss, new Date(Date.now() + 5 * 60_000))).toBe(0);
    expect(await sweepOutbox(t.db, boss, new Date(Date.now() + 20 * 60_000))).toBe(1);
    await waitForState(created.messageId!, ["SENT"]);
  });

  it("shows an unsent message honestly when no mail server is configured", async () => {
    const api = await callerAs(t.db, repId);
    const created = await api.interactions.create({
      accountId,
      send: true,
      planning: { name: "No server", type: "EMAIL", emailAddress: "x@northwind.example" },
      result: { communicationChannel: "EMAIL", subject: "Nowhere", body: "Not sent" },
    });
    expect(await deliverMessage(t.db, created.messageId!, {})).toBe("not-sent");
    const m = await t.db.outboundMessage.findUniqueOrThrow({ where: { id: created.messageId! } });
    expect(m).toMatchObject({ state: "NOT_SENT", lastReply: NOT_CONFIGURED.EMAIL, sentAt: null });
    expect((await t.db.interaction.findUniqueOrThrow({ where: { id: created.id } })).sentAt).toBeNull();
  });

  it("does not send marketing queued before the consent was withdrawn", async () => {
    const agreement = await createAgreement(t.db, {
      accountId,
      agreementType: "EMAIL_MARKETING",
      startDate: new Date("2026-01-01"),
      endDate: null,
    });
    const api = await callerAs(t.db, repId);
    const created = await api.interactions.create({
      accountId,
      send: true,
      isMarketing: true,
      planning: { name: "Offer", type: "EMAIL", emailAddress: "cfo@northwind.example" },
      result: { communicationChannel: "EMAIL", subject: "Offer", body: "Rates" },
    });
    await t.db.agreement.update({ where: { id: agreement.id }, data: { deletedAt: new Date() } });
    const before = smtp.received.length;
    expect(await deliverMessage(t.db, created.messageId!, { EMAIL: transport })).toBe("canceled");
    const m = await t.db.outboundMessage.findUniqueOrThrow({ where: { id: created.messageId! } });
    expect(m.state).toBe("CANCELED");
    expect(m.lastReply).toContain("Email Marketing");
    expect(smtp.received.length).toBe(before);
  });
});
