import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.ts";
import { callerAs } from "../../test/sign-in-as.ts";
import { startDovecot, type Dovecot } from "../../test/dovecot.ts";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.ts";
import { raceCalls, times } from "../../test/race-calls.ts";
import { deliverMessage } from "../deliver-message.ts";
import { smtpTransport } from "../email/smtp-transport.ts";
import { pollMailbox } from "./poll-mailbox.ts";
import { imapMailbox } from "./imap-url.ts";
import { createAccount, createContact, createTeam, createUser } from "../../../prisma/factories/index.ts";

// E-mail in from a real Dovecot (IMAP + LMTP, started for this file from scripts/dovecot): messages
// are delivered over LMTP as an MTA would, and the app's own poll reads them back over IMAP.
let t: TestDb;
let mail: Dovecot;
let smtp: SmtpSink;
let transport: ReturnType<typeof smtpTransport>;
let repId: string;
let adminId: string;
let accountId: string;
let contactId: string;
let seq = 0;

const rfc822 = (h: Record<string, string>, body = "Hello") =>
  [
    ...Object.entries({
      From: "someone@elsewhere.example",
      To: "inbox@dealfloor.test",
      Date: new Date().toUTCString(),
      "Message-ID": `<in-${Date.now()}-${++seq}@elsewhere.example>`,
      ...h,
    }).map(([k, v]) => `${k}: ${v}`),
    "MIME-Version: 1.0",
    "",
    body,
    "",
  ].join("\r\n");

/** Sends an e-mail from the account through the app (interaction → outbox → real SMTP server). */
async function sendFromApp() {
  const api = await callerAs(t.db, repId);
  const created = await api.interactions.create({
    accountId,
    contactId,
    send: true,
    planning: { name: "Proposal", type: "EMAIL", emailAddress: "cfo@northwind.example" },
    result: { communicationChannel: "EMAIL", subject: "Your proposal", body: "Please find it attached." },
  });
  expect(await deliverMessage(t.db, created.messageId!, { EMAIL: transport })).toBe("sent");
  return t.db.outboundMessage.findUniqueOrThrow({ where: { id: created.messageId! } });
}

const poll = () => pollMailbox(t.db, mail.imapUrl);

const dsnFor = (messageKey: string, action = "failed") =>
  [
    "From: Mail Delivery System <MAILER-DAEMON@mx.northwind.example>",
    "To: rates@bank.example",
    "Subject: Undelivered Mail Returned to Sender",
    `Message-ID: <dsn-${Date.now()}-${++seq}@mx.northwind.example>`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    "",
    "--BOUNDARY",
    "Content-Type: text/plain",
    "",
    "Your message could not be delivered.",
    "--BOUNDARY",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.northwind.example",
    "",
    "Final-Recipient: rfc822; cfo@northwind.example",
    `Action: ${action}`,
    "Status: 5.1.1",
    "Diagnostic-Code: smtp; 550 5.1.1 <cfo@northwind.example>: Recipient address",
    " rejected: User unknown",
    "--BOUNDARY",
    "Content-Type: text/rfc822-headers",
    "",
    "From: rates@bank.example",
    `Message-ID: ${messageKey}`,
    "Subject: Your proposal",
    "--BOUNDARY--",
    "",
  ].join("\r\n");

beforeAll(async () => {
  [t, mail, smtp] = await Promise.all([createTestDb(), startDovecot(), startSmtpSink()]);
  transport = smtpTransport(smtp.url, { MAIL_FROM: "Dealfloor <crm@bank.example>" });
  const team = await createTeam(t.db, { name: "Rates desk", mailFrom: "Rates Desk <rates@bank.example>" });
  repId = (await createUser(t.db, { role: "REP", teamIds: [team.id], name: "Rita Rep" })).id;
  adminId = (await createUser(t.db, { role: "ADMIN", name: "Ada Admin" })).id;
  accountId = (
    await createAccount(t.db, { ownerId: repId, teamId: team.id, partyGroupName: "Northwind Ltd" })
  ).id;
  contactId = (
    await createContact(t.db, { accountId, ownerId: repId, teamId: team.id, email: "cfo@northwind.example" })
  ).id;
}, 60_000);
afterAll(async () => {
  transport?.close();
  await smtp?.close();
  await mail?.stop();
  await t?.close();
});

describe("e-mail in over IMAP", () => {
  it("files a reply threaded by In-Reply-To on the account's timeline as an inbound interaction", async () => {
    const sent = await sendFromApp();
    expect((await smtp.waitFor(1)).at(-1)!.messageId).toBe(sent.messageKey);
    // From an address no contact has: only the thread can place it.
    await mail.deliver(
      rfc822(
        {
          From: "Jane Doe <jane.private@home.example>",
          Subject: "Re: Your proposal",
          "In-Reply-To": sent.messageKey,
          References: sent.messageKey,
        },
        "Thanks, we accept the terms.",
      ),
    );
    const result = await poll();
    expect(result.outcomes.MATCHED).toBe(1);
    const inbound = await t.db.inboundEmail.findFirstOrThrow({ where: { subject: "Re: Your proposal" } });
    expect(inbound.state).toBe("MATCHED");
    const interaction = await t.db.interaction.findUniqueOrThrow({ where: { id: inbound.interactionId! } });
    expect(interaction).toMatchObject({
      accountId,
      contactId,
      direction: "INBOUND",
      status: "COMPLETED",
      type: "EMAIL",
      channel: "EMAIL",
      subject: "Re: Your proposal",
      emailAddress: "jane.private@home.example",
      assignedUserId: repId,
    });
    expect(interaction.body).toContain("we accept the terms");
    expect(interaction.activityDate).not.toBeNull();
    // It is on the account's timeline the rep reads.
    const api = await callerAs(t.db, repId);
    const timeline = JSON.stringify(
      await api.timeline.page({ subject: "account", subjectId: accountId, timeZone: "UTC" }),
    );
    expect(timeline).toContain(interaction.id);
    expect(await t.db.auditLog.count({ where: { entityId: inbound.id, actorId: null } })).toBe(1);
  });

  it("matches on the sender's address when nothing threads, and sends an unknown sender to triage", async () => {
    await mail.deliver(rfc822({ From: "CFO <CFO@Northwind.example>", Subject: "New question" }));
    await mail.deliver(rfc822({ From: "stranger@nowhere.example", Subject: "Who are you?" }));
    const result = await poll();
    expect(result.outcomes).toEqual({ MATCHED: 1, TRIAGE: 1 });
    const known = await t.db.inboundEmail.findFirstOrThrow({ where: { subject: "New question" } });
    const interaction = await t.db.interaction.findUniqueOrThrow({ where: { id: known.interactionId! } });
    expect([interaction.accountId, interaction.contactId]).toEqual([accountId, contactId]);
    const unknown = await t.db.inboundEmail.findFirstOrThrow({ where: { subject: "Who are you?" } });
    expect(unknown).toMatchObject({ state: "TRIAGE", interactionId: null, accountId: null });
  });

  it("marks the original message BOUNCED with the diagnostic when a DSN comes back", async () => {
    const sent = await sendFromApp();
    await mail.deliver(dsnFor(sent.messageKey));
    expect((await poll()).outcomes).toEqual({ BOUNCE: 1 });
    const bounced = await t.db.outboundMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(bounced.state).toBe("BOUNCED");
    expect(bounced.lastReply).toBe(
      "smtp; 550 5.1.1 <cfo@northwind.example>: Recipient address rejected: User unknown",
    );
    expect(await t.db.auditLog.count({ where: { entityId: sent.id, action: "message.bounced" } })).toBe(1);
    expect(await t.db.interaction.count({ where: { subject: "Undelivered Mail Returned to Sender" } })).toBe(
      0,
    );
  });

  it("leaves a message that never left, or was only delayed, as it is (the report is kept as BOUNCE)", async () => {
    const api = await callerAs(t.db, repId);
    const queued = await api.interactions.create({
      accountId,
      send: true,
      planning: { name: "Not yet", type: "EMAIL", emailAddress: "cfo@northwind.example" },
      result: { communicationChannel: "EMAIL", subject: "Queued", body: "Still in the outbox" },
    });
    const sent = await sendFromApp();
    const queuedKey = (await t.db.outboundMessage.findUniqueOrThrow({ where: { id: queued.messageId! } }))
      .messageKey;
    await mail.deliver(dsnFor(queuedKey));
    await mail.deliver(dsnFor(sent.messageKey, "delayed"));
    expect((await poll()).outcomes).toEqual({ BOUNCE: 2 });
    expect((await t.db.outboundMessage.findUniqueOrThrow({ where: { id: queued.messageId! } })).state).toBe(
      "QUEUED",
    );
    expect((await t.db.outboundMessage.findUniqueOrThrow({ where: { id: sent.id } })).state).toBe("SENT");
  });

  it("changes nothing when the same messages are polled again, even from the first UID", async () => {
    const counts = async () => [
      await t.db.inboundEmail.count(),
      await t.db.interaction.count(),
      await t.db.auditLog.count(),
    ];
    const before = await counts();
    expect((await poll()).read).toBe(0);
    // Forget the cursor: every message is read again, and each is recognised by its Message-ID.
    await t.db.mailboxCursor.deleteMany();
    const again = await poll();
    expect(again.read).toBeGreaterThanOrEqual(6);
    expect(again.outcomes).toEqual({ duplicate: again.read });
    expect(await counts()).toEqual(before);
  });

  it("starts again from the first message when the server's UIDVALIDITY changes", async () => {
    const key = imapMailbox(mail.imapUrl).cursorKey;
    const old = await t.db.mailboxCursor.findUniqueOrThrow({ where: { mailbox: key } });
    expect(old.lastUid).toBeGreaterThanOrEqual(4n);
    await mail.resetUids();
    await mail.deliver(rfc822({ From: "cfo@northwind.example", Subject: "After the rebuild" }));
    const result = await poll();
    expect(result.restarted).toBe(true);
    expect(result.outcomes).toEqual({ MATCHED: 1 });
    const cursor = await t.db.mailboxCursor.findUniqueOrThrow({ where: { mailbox: key } });
    expect(cursor.uidValidity).not.toBe(old.uidValidity);
    expect(cursor.lastUid).toBe(1n);
  });

  it("files each message once when two app instances poll at the same moment", async () => {
    const before = await t.db.interaction.count();
    for (let i = 0; i < 5; i++) {
      await mail.deliver(rfc822({ From: "cfo@northwind.example", Subject: `Race ${i}` }));
    }
    const results = await Promise.all([poll(), poll(), poll()]);
    const matched = results.reduce((n, r) => n + (r.outcomes.MATCHED ?? 0), 0);
    expect(matched).toBe(5);
    expect(await t.db.interaction.count()).toBe(before + 5);
    expect(await t.db.inboundEmail.count({ where: { subject: { startsWith: "Race " } } })).toBe(5);
  });

  it("stores hostile headers cleaned (NUL, a huge subject, a broken sender) instead of failing", async () => {
    const huge = "A".repeat(200_000);
    await mail.deliver(
      [
        "From: =?UTF-8?Q?Evil=00Sender?= <not an address>",
        "To: inbox@dealfloor.test",
        `Subject: =?UTF-8?Q?nul=00here?= ${huge}`,
        "Message-ID: <hostile-" + Date.now() + "@evil.example>",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "body with a =00 NUL and =FF=FE bad bytes",
        "",
      ].join("\r\n"),
    );
    expect((await poll()).outcomes).toEqual({ TRIAGE: 1 });
    const stored = await t.db.inboundEmail.findFirstOrThrow({ where: { subject: { startsWith: "nul" } } });
    expect(stored.subject).not.toContain("\u0000");
    expect(stored.subject!.length).toBeLessThanOrEqual(998);
    expect(stored.textBody).toContain("NUL");
    expect(stored.textBody).not.toContain("\u0000");
  });
});

describe("inbox triage", () => {
  it("lists triaged messages to admins only, and assigns one to a contact once under concurrent clicks", async () => {
    const admin = await callerAs(t.db, adminId);
    await expect((await callerAs(t.db, repId)).inbox.triage()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const list = await admin.inbox.triage();
    const entry = list.items.find((i) => i.subject === "Who are you?")!;
    expect(entry).toMatchObject({ fromAddress: "stranger@nowhere.example", excerpt: "Hello" });
    const { ok, errors } = await raceCalls(times(5, () => admin.inbox.assign({ id: entry.id, contactId })));
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(Array(4).fill("CONFLICT"));
    const interaction = await t.db.interaction.findUniqueOrThrow({ where: { id: ok[0]!.interactionId } });
    expect(interaction).toMatchObject({
      accountId,
      contactId,
      direction: "INBOUND",
      subject: "Who are you?",
    });
    expect(await t.db.interaction.count({ where: { subject: "Who are you?" } })).toBe(1);
    expect((await admin.inbox.triage()).items.some((i) => i.id === entry.id)).toBe(false);
    expect(
      await t.db.auditLog.count({
        where: { entityId: entry.id, action: "inbound-email.assign", actorId: adminId },
      }),
    ).toBe(1);
  });

  it("discards a triaged message with its reason in the audit trail, and refuses a blank reason", async () => {
    const admin = await callerAs(t.db, adminId);
    const entry = (await admin.inbox.triage()).items[0]!;
    await expect(admin.inbox.discard({ id: entry.id, reason: "\u0000" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await admin.inbox.discard({ id: entry.id, reason: "Newsletter" });
    expect((await t.db.inboundEmail.findUniqueOrThrow({ where: { id: entry.id } })).state).toBe("DISCARDED");
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entityId: entry.id, action: "inbound-email.discard" },
    });
    expect(audit.after).toMatchObject({ reason: "Newsletter" });
    await expect(admin.inbox.discard({ id: entry.id, reason: "Again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
