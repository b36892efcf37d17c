import type { MessageState } from "../../generated/prisma/enums.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.ts";
import { callerAs } from "../../test/sign-in-as.ts";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.ts";
import { startTestJobQueue, stopTestJobQueue, waitForMessageState } from "../../test/test-job-queue.ts";
import { raceCalls, times } from "../../test/race-calls.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import { kickOutbox, startOutboxWorkers } from "../outbox-worker.ts";
import { smtpTransport } from "../email/smtp-transport.ts";
import { unsubscribeHeadersFor } from "./links.ts";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./token.ts";
import { UNSUBSCRIBE_REASON, unsubscribe } from "./unsubscribe.ts";
import { createAccount, createAgreement, createTeam, createUser } from "../../../prisma/factories/index.ts";

// Marketing e-mail leaves through a real SMTP server with RFC 8058 headers and a footer link, and
// the link's one-click POST ends the account's Email Marketing agreement with no sign-in.
let t: TestDb;
let smtp: SmtpSink;
let boss: JobQueue;
let transport: ReturnType<typeof smtpTransport>;
let repId: string;
let accountId: string;
let agreementId: string;

const waitForState = (id: string, states: MessageState[], timeoutMs = 15_000) =>
  waitForMessageState(t.db, id, states, timeoutMs);

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "https://crm.bank.example";
  t = await createTestDb();
  smtp = await startSmtpSink();
  boss = await startTestJobQueue(t);
  transport = smtpTransport(smtp.url, { MAIL_FROM: "Dealfloor <crm@bank.example>" });
  await startOutboxWorkers(
    boss,
    t.db,
    { EMAIL: transport },
    { pollingIntervalSeconds: 0.5, headersFor: (m) => unsubscribeHeadersFor(m) },
  );
  const team = await createTeam(t.db, { name: "Markets" });
  repId = (await createUser(t.db, { role: "REP", teamIds: [team.id], name: "Mark Rep" })).id;
  accountId = (await createAccount(t.db, { ownerId: repId, teamId: team.id, partyGroupName: "Contoso plc" }))
    .id;
  agreementId = (
    await createAgreement(t.db, {
      accountId,
      agreementType: "EMAIL_MARKETING",
      startDate: new Date("2026-01-01"),
      endDate: null,
    })
  ).id;
}, 60_000);
afterAll(async () => {
  await stopTestJobQueue(boss);
  transport.close();
  await smtp.close();
  await t.close();
});

const sendMarketing = async (marketing = true) => {
  const api = await callerAs(t.db, repId, { kickOutbox: (ids) => kickOutbox(boss, ids) });
  return api.interactions.create({
    accountId,
    send: true,
    isMarketing: marketing,
    planning: { name: "Rates update", type: "EMAIL", emailAddress: "treasurer@contoso.example" },
    result: { communicationChannel: "EMAIL", subject: "This week's rates", body: "Our rates this week." },
  });
};

const tokenOf = (listUnsubscribe: string) => /\/unsubscribe\/([^>]+)>/.exec(listUnsubscribe)?.[1] ?? "";

describe("one-click unsubscribe", () => {
  let token = "";

  it("sends marketing e-mail with List-Unsubscribe, List-Unsubscribe-Post and a footer link in both parts", async () => {
    const before = smtp.received.length;
    const created = await sendMarketing();
    await waitForState(created.messageId!, ["SENT"]);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const raw = Object.fromEntries(mail!.headerLines.map((l) => [l.key, l.line]));
    expect(raw["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    // mailparser puts List-* headers under "list".
    const list = mail!.headers.get("list") as { unsubscribe?: { url?: string } };
    expect(list.unsubscribe?.url).toMatch(/^https:\/\/crm\.bank\.example\/unsubscribe\/[\w-]+\.[\w-]+$/);
    token = tokenOf(raw["list-unsubscribe"]!);
    const verified = verifyUnsubscribeToken(token);
    expect(verified).toMatchObject({ ok: true, claim: { accountId, agreementType: "EMAIL_MARKETING" } });
    expect(mail!.text).toMatch(/unsubscribe: https:\/\/crm\.bank\.example\/unsubscribe\//);
    expect(mail!.html).toMatch(/<a href="https:\/\/crm\.bank\.example\/unsubscribe\/[^"]+">unsubscribe<\/a>/);
  });

  it("adds no unsubscribe header or footer to a service (non-marketing) e-mail", async () => {
    const before = smtp.received.length;
    const created = await sendMarketing(false);
    await waitForState(created.messageId!, ["SENT"]);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.headers.has("list")).toBe(false);
    expect(mail!.text).not.toContain("unsubscribe");
  });

  it("changes nothing for a forged or expired link", async () => {
    const [payload, signature] = token.split(".");
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), expiresAt: 4e9 }),
    ).toString("base64url");
    const expired = signUnsubscribeToken({ accountId }, { now: new Date("2020-01-01") });
    for (const bad of [`${forgedPayload}.${signature}`, `${payload}.${"A".repeat(43)}`, "nonsense", ""]) {
      expect(await unsubscribe(t.db, bad)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await unsubscribe(t.db, expired)).toEqual({ ok: false, reason: "expired" });
    const agreement = await t.db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    expect(agreement.endedAt).toBeNull();
    expect(await t.db.auditLog.count({ where: { entityId: agreementId } })).toBe(0);
  });

  it("ends the Email Marketing agreement at once, once under concurrent posts, audited with no actor", async () => {
    // Queued while consent still holds; the unsubscribe lands before the worker sends it.
    const api = await callerAs(t.db, repId); // no kick: sent by hand after the unsubscribe
    const queued = await api.interactions.create({
      accountId,
      send: true,
      isMarketing: true,
      planning: { name: "Late offer", type: "EMAIL", emailAddress: "treasurer@contoso.example" },
      result: { communicationChannel: "EMAIL", subject: "Offer", body: "A late offer." },
    });
    const { ok } = await raceCalls(times(5, () => unsubscribe(t.db, token)));
    expect(ok.map((r) => (r.ok ? r.ended : -1)).sort()).toEqual([0, 0, 0, 0, 1]);
    const agreement = await t.db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    expect(agreement.endedAt).not.toBeNull();
    expect(agreement.withdrawalReason).toBe(UNSUBSCRIBE_REASON);
    const audits = await t.db.auditLog.findMany({ where: { entityId: agreementId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, action: "withdraw" });

    const before = smtp.received.length;
    await kickOutbox(boss, [queued.messageId!]);
    const canceled = await waitForState(queued.messageId!, ["CANCELED", "SENT"]);
    expect(canceled.state).toBe("CANCELED");
    expect(smtp.received.length).toBe(before);
    // And a new marketing e-mail is refused when written.
    await expect(sendMarketing()).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
  });
});
