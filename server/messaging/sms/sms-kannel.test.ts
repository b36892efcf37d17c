import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.ts";
import { callerAs } from "../../test/sign-in-as.ts";
import { startKannel, type TestKannel } from "../../test/kannel.ts";
import { startTestJobQueue, stopTestJobQueue } from "../../test/test-job-queue.ts";
import { raceCalls, times } from "../../test/race-calls.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import { kickOutbox, startOutboxWorkers } from "../outbox-worker.ts";
import { deliverMessage } from "../deliver-message.ts";
import { kannelTransport } from "./kannel-transport.ts";
import { handleDeliveryReport, handleInboundSms } from "./callback-handlers.ts";
import { applyDeliveryReport } from "./apply-delivery-report.ts";
import { signMessageId } from "./callback-signature.ts";
import {
  createAccount,
  createAgreement,
  createContact,
  createTeam,
  createUser,
} from "../../../prisma/factories/index.ts";

// SMS through a real Kannel (bearerbox, smsbox and the fake SMSC, started by scripts/kannel for this
// file on free ports), sent by the app's own transport from the real job queue. Kannel's delivery
// reports and inbound SMS reach the app's callback handlers through a plain HTTP server here.
let t: TestDb;
let kannel: TestKannel;
let boss: JobQueue;
let app: Server;
let appUrl: string;
let repId: string;
let accountId: string;
const SECRET = "sms-test-secret-0123456789";
const INBOUND = "inbound-secret-0123456789abcdef";
const env = () => ({ NEXTAUTH_SECRET: SECRET, SMS_CALLBACK_URL: appUrl, SMS_INBOUND_SECRET: INBOUND });
const MOBILE = "+447700900123";

const waitFor = async <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000) => {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
const message = (id: string) => t.db.outboundMessage.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  t = await createTestDb();
  app = createServer((req, res) => {
    const url = new URL(req.url ?? "/", appUrl);
    const handle =
      url.pathname === "/api/sms/dlr"
        ? handleDeliveryReport(t.db, url, env())
        : url.pathname === "/api/sms/inbound"
          ? handleInboundSms(t.db, url, env())
          : Promise.resolve(new Response("not found", { status: 404 }));
    handle
      .then(async (r) => {
        res.writeHead(r.status, Object.fromEntries(r.headers));
        res.end(Buffer.from(await r.arrayBuffer()));
      })
      .catch((err) => {
        res.writeHead(500);
        res.end(String(err));
      });
  });
  await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  kannel = await startKannel({
    inboundUrl: `${appUrl}/api/sms/inbound?secret=${INBOUND}&from=%p&to=%P&text=%a`,
  });
  boss = await startTestJobQueue(t);
  await startOutboxWorkers(
    boss,
    t.db,
    { SMS: kannelTransport(kannel.sendUrl, env()) },
    { pollingIntervalSeconds: 0.5 },
  );
  const team = await createTeam(t.db, { name: "FX desk" });
  repId = (await createUser(t.db, { role: "REP", teamIds: [team.id], name: "Sam Rep" })).id;
  accountId = (await createAccount(t.db, { ownerId: repId, teamId: team.id, partyGroupName: "Contoso plc" }))
    .id;
}, 90_000);
afterAll(async () => {
  await stopTestJobQueue(boss);
  await kannel?.stop();
  await new Promise((r) => app?.close(r));
  await t.close();
});

const sendSms = async (body: string, extra: { isMarketing?: boolean; kick?: boolean; to?: string } = {}) => {
  const api = await callerAs(
    t.db,
    repId,
    extra.kick === false ? {} : { kickOutbox: (ids) => kickOutbox(boss, ids) },
  );
  return api.interactions.create({
    accountId,
    send: true,
    isMarketing: extra.isMarketing ?? false,
    planning: { name: "Rate alert", type: "SMS", phoneNumber: extra.to ?? "07700 900123" },
    result: { communicationChannel: "SMS", body },
  });
};

describe("SMS out through Kannel", () => {
  it("sends the interaction's SMS, Kannel accepts it, and its delivery report marks it DELIVERED", async () => {
    const created = await sendSms("EUR/GBP 0.8612 — call me back? €");
    const delivered = await waitFor(
      "DELIVERED",
      () => message(created.messageId!),
      (m) => m.state === "DELIVERED",
    );
    expect(delivered.toAddress).toBe("07700 900123");
    expect(delivered.sentAt).not.toBeNull();
    expect(delivered.deliveredAt).not.toBeNull();
    expect(delivered.lastReply).toContain("Delivered to the phone");
    // The fake SMSC got it, to the E.164 number, as UCS-2 (the dash is outside GSM-7).
    const log = await waitFor(
      "fakesmsc to log the SMS",
      () => readFile(`${kannel.runDir}/fakesmsc.log`, "utf8"),
      (s) => s.includes(MOBILE),
    );
    expect(log).toMatch(/Got message \d+: <12345 \+447700900123 /);
    expect((await t.db.interaction.findUniqueOrThrow({ where: { id: created.id } })).sentAt).not.toBeNull();
    const actions = (await t.db.auditLog.findMany({ where: { entityId: created.messageId! } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["message.delivered"]));
  });

  it("records the gateway's answer on SENT before any report arrives", async () => {
    // Delivered by hand, so the answer is read before Kannel's report comes back.
    const created = await sendSms("Plain GSM text", { kick: false });
    expect(
      await deliverMessage(t.db, created.messageId!, { SMS: kannelTransport(kannel.sendUrl, env()) }),
    ).toBe("sent");
    const m = await message(created.messageId!);
    expect(["SENT", "DELIVERED"]).toContain(m.state);
    await waitFor(
      "DELIVERED",
      () => message(created.messageId!),
      (x) => x.state === "DELIVERED",
    );
    const sent = await t.db.auditLog.findFirst({ where: { entityId: m.id, action: "message.sent" } });
    expect(sent && JSON.stringify(sent.after)).toContain("0: Accepted for delivery");
  });

  it("fails a message for good when Kannel refuses it (wrong credentials: 403) and shows the reply", async () => {
    const bad = new URL(kannel.sendUrl);
    bad.password = "wrong";
    const created = await sendSms("Hello", { kick: false });
    expect(
      await deliverMessage(t.db, created.messageId!, { SMS: kannelTransport(bad.toString(), env()) }),
    ).toBe("failed");
    const m = await message(created.messageId!);
    expect(m).toMatchObject({ state: "FAILED", lastReply: "Authorization failed for sendsms", sentAt: null });
  });

  it("keeps a message QUEUED for a retry when the gateway cannot be reached", async () => {
    const down = new URL(kannel.sendUrl);
    down.port = "1";
    const created = await sendSms("Hello", { kick: false });
    await expect(
      deliverMessage(t.db, created.messageId!, { SMS: kannelTransport(down.toString(), env()) }),
    ).rejects.toThrow(/unreachable/);
    expect((await message(created.messageId!)).state).toBe("QUEUED");
  });

  it("refuses a number that is not E.164 and a text over 10 parts on their fields, queuing nothing", async () => {
    const before = await t.db.outboundMessage.count();
    await expect(sendSms("Hi", { to: "12345" })).rejects.toMatchObject({
      message: expect.stringContaining("valid mobile number"),
    });
    await expect(sendSms("x".repeat(153 * 10 + 1))).rejects.toMatchObject({
      message: expect.stringContaining("11 parts"),
    });
    expect(await t.db.outboundMessage.count()).toBe(before);
  });
});

describe("delivery reports", () => {
  const dlr = (query: Record<string, string>) =>
    fetch(`${appUrl}/api/sms/dlr?${new URLSearchParams(query)}`).then((r) => r.status);

  it("refuses a forged or malformed report and changes nothing", async () => {
    const created = await sendSms("Forge me", { kick: false });
    const id = created.messageId!;
    await t.db.outboundMessage.update({ where: { id }, data: { state: "SENT" } });
    const other = signMessageId("0190a5b2-0000-7000-8000-000000000000", env())!;
    expect(await dlr({ id, sig: other, type: "1", answer: "x" })).toBe(403);
    expect(await dlr({ id, sig: "", type: "1" })).toBe(400);
    expect(await dlr({ id: "not-an-id", sig: other, type: "1" })).toBe(400);
    expect(
      await dlr({ id, sig: signMessageId(id, { NEXTAUTH_SECRET: "another-secret-value" })!, type: "2" }),
    ).toBe(403);
    const m = await message(id);
    expect(m).toMatchObject({ state: "SENT", deliveredAt: null, failedAt: null });
    expect(await t.db.auditLog.count({ where: { entityId: id } })).toBe(0);
  });

  it("marks a failed delivery BOUNCED and an SMSC refusal FAILED, with the report's text", async () => {
    const a = await sendSms("One", { kick: false });
    const b = await sendSms("Two", { kick: false });
    await t.db.outboundMessage.updateMany({
      where: { id: { in: [a.messageId!, b.messageId!] } },
      data: { state: "SENT" },
    });
    const sig = (id: string) => signMessageId(id, env())!;
    expect(
      await dlr({
        id: a.messageId!,
        sig: sig(a.messageId!),
        type: "2",
        answer: "NACK/0x0b/Invalid Destination",
      }),
    ).toBe(200);
    expect(await dlr({ id: b.messageId!, sig: sig(b.messageId!), type: "16", answer: "NACK/Rejected" })).toBe(
      200,
    );
    expect(await message(a.messageId!)).toMatchObject({
      state: "BOUNCED",
      lastReply: expect.stringContaining("Invalid Destination"),
    });
    expect(await message(b.messageId!)).toMatchObject({
      state: "FAILED",
      lastReply: expect.stringContaining("NACK/Rejected"),
    });
  });

  it("never moves a message back: a late report after DELIVERED changes nothing, and a repeat is idempotent", async () => {
    const created = await sendSms("Once", { kick: false });
    const id = created.messageId!;
    await t.db.outboundMessage.update({
      where: { id },
      data: { state: "SENT", lastReply: "0: Accepted for delivery" },
    });
    expect(await applyDeliveryReport(t.db, { messageId: id, type: 8, answer: "ACK/" })).toBe("noted");
    expect(await applyDeliveryReport(t.db, { messageId: id, type: 8, answer: "ACK/" })).toBe("unchanged");
    expect((await message(id)).state).toBe("SENT");
    expect(await applyDeliveryReport(t.db, { messageId: id, type: 1, answer: "" })).toBe("changed");
    for (const type of [1, 2, 8, 16])
      expect(await applyDeliveryReport(t.db, { messageId: id, type, answer: "late" })).toBe("unchanged");
    expect(await message(id)).toMatchObject({ state: "DELIVERED" });
    expect(await t.db.auditLog.count({ where: { entityId: id, action: "message.delivered" } })).toBe(1);
  });

  it("applies one of ten racing delivered reports", async () => {
    const created = await sendSms("Race", { kick: false });
    const id = created.messageId!;
    await t.db.outboundMessage.update({ where: { id }, data: { state: "SENT" } });
    const { ok } = await raceCalls(
      times(10, () => applyDeliveryReport(t.db, { messageId: id, type: 1, answer: "" })),
    );
    expect(ok.filter((o) => o === "changed")).toHaveLength(1);
    expect(await t.db.auditLog.count({ where: { entityId: id, action: "message.delivered" } })).toBe(1);
  });
});

describe("SMS in through Kannel", () => {
  it("turns a customer's SMS into an inbound interaction on their contact", async () => {
    const contact = await createContact(t.db, {
      accountId,
      foreName: "Ada",
      surname: "Byte",
      phone: "07700 900456",
    });
    await kannel.injectInbound("+447700900456", "+441234", "Call me about the swap, été");
    const interaction = await waitFor(
      "inbound interaction",
      () => t.db.interaction.findFirst({ where: { contactId: contact.id, direction: "INBOUND" } }),
      (i) => i !== null,
    );
    expect(interaction).toMatchObject({
      accountId,
      channel: "SMS",
      status: "COMPLETED",
      body: "Call me about the swap, été",
      phoneNumber: "+447700900456",
    });
    // Answered 200, so Kannel does not repeat the call: one interaction, not several.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await t.db.interaction.count({ where: { contactId: contact.id } })).toBe(1);
  });

  it("keeps an SMS from an unknown number in the audit log for follow-up", async () => {
    await kannel.injectInbound("+447700900999", "+441234", "Who is this?");
    const row = await waitFor(
      "unmatched SMS audit row",
      () => t.db.auditLog.findFirst({ where: { action: "sms.inbound.unmatched" } }),
      (r) => r !== null,
    );
    expect(JSON.stringify(row!.after)).toContain("Who is this?");
    expect(row!.actorId).toBeNull();
  });

  it("ends the SMS Marketing agreement on STOP, and a marketing SMS queued before it is canceled", async () => {
    const agreement = await createAgreement(t.db, {
      accountId,
      agreementType: "SMS_MARKETING",
      startDate: new Date("2026-01-01"),
      endDate: null,
    });
    await createContact(t.db, { accountId, foreName: "Bo", surname: "Stop", phone: "07700 900789" });
    const queued = await sendSms("Our new savings rate", { isMarketing: true, kick: false });
    await kannel.injectInbound("+447700900789", "+441234", "  stop ");
    const ended = await waitFor(
      "agreement ended",
      () => t.db.agreement.findUniqueOrThrow({ where: { id: agreement.id } }),
      (a) => a.endedAt !== null,
    );
    expect(ended.withdrawalReason).toContain("STOP");
    expect(
      await t.db.auditLog.count({ where: { entityId: agreement.id, action: "withdraw", actorId: null } }),
    ).toBe(1);
    expect(
      await deliverMessage(t.db, queued.messageId!, { SMS: kannelTransport(kannel.sendUrl, env()) }),
    ).toBe("canceled");
    expect((await message(queued.messageId!)).lastReply).toContain("SMS Marketing");
    // A new marketing SMS is refused when it is written.
    await expect(sendSms("Another offer", { isMarketing: true })).rejects.toMatchObject({
      message: expect.stringContaining("SMS Marketing"),
    });
  });

  it("files a reply from a number on two accounts under the one last texted, and its STOP ends consent on both", async () => {
    const other = await createAccount(t.db, { ownerId: repId, partyGroupName: "Fabrikam plc" });
    const otherAgreement = await createAgreement(t.db, {
      accountId: other.id,
      agreementType: "SMS_MARKETING",
      startDate: new Date("2026-01-01"),
      endDate: null,
    });
    await createContact(t.db, {
      accountId: other.id,
      foreName: "Di",
      surname: "Shared",
      phone: "07700 900321",
    });
    await createContact(t.db, { accountId, foreName: "Di", surname: "Shared", phone: "07700 900321" });
    await sendSms("About your account", { to: "+44 7700 900321", kick: false });
    await kannel.injectInbound("+447700900321", "+441234", "STOP");
    const reply = await waitFor(
      "the STOP interaction",
      () => t.db.interaction.findFirst({ where: { phoneNumber: "+447700900321", direction: "INBOUND" } }),
      (i) => i !== null,
    );
    expect(reply!.accountId).toBe(accountId);
    const ended = await waitFor(
      "the other account's agreement ended",
      () => t.db.agreement.findUniqueOrThrow({ where: { id: otherAgreement.id } }),
      (a) => a.endedAt !== null,
    );
    expect(ended.withdrawnAt).not.toBeNull();
  });

  it("refuses an inbound call with the wrong secret and records nothing", async () => {
    const before = await t.db.interaction.count();
    const r = await fetch(`${appUrl}/api/sms/inbound?secret=nope&from=%2B447700900456&to=1&text=STOP`);
    expect(r.status).toBe(403);
    expect(await t.db.interaction.count()).toBe(before);
  });
});
