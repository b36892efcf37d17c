import type { Db } from "../../db/create-client.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { startOfUtcDay } from "../../agreements/agreement-status.ts";
import { TX_OPTIONS, type Tx } from "../../records/mutate.ts";
import { toE164 } from "../../phone/to-e164.ts";

export type InboundSms = { from: string; to: string; text: string };
export type InboundOutcome = {
  kind: "matched" | "unknown-sender";
  interactionId: string | null;
  /** SMS Marketing agreements the STOP ended. */
  endedAgreementIds: string[];
};

// The replies that withdraw SMS marketing consent (UK/US carrier practice).
const OPT_OUT = new Set(["STOP", "STOP ALL", "STOPALL", "UNSUBSCRIBE", "END", "CANCEL", "QUIT"]);

export function isOptOut(text: string): boolean {
  return OPT_OUT.has(text.trim().replace(/\s+/g, " ").toUpperCase());
}

type Sender = { contactId: string | null; account: { id: string; teamId: string; ownerId: string } };

/**
 * Everyone behind a number, among live contacts (with their account) and accounts, and the one the
 * SMS belongs to: the account we last sent an SMS to at this number (a reply threads to its
 * conversation), else a contact's number before an account's, primary numbers first.
 */
async function findSenders(tx: Tx, e164: string): Promise<{ all: Sender[]; best: Sender | null }> {
  const mechanisms = await tx.contactMechanism.findMany({
    where: {
      e164,
      OR: [
        { contact: { deletedAt: null, account: { deletedAt: null } } },
        { contactId: null, account: { deletedAt: null } },
      ],
    },
    orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }],
    select: {
      contact: { select: { id: true, account: { select: { id: true, teamId: true, ownerId: true } } } },
      account: { select: { id: true, teamId: true, ownerId: true } },
    },
    take: 20,
  });
  const all = mechanisms.flatMap((m): Sender[] => {
    if (m.contact?.account) return [{ contactId: m.contact.id, account: m.contact.account }];
    if (m.account) return [{ contactId: null, account: m.account }];
    return [];
  });
  if (!all.length) return { all, best: null };
  const recent = await tx.outboundMessage.findMany({
    where: { channel: "SMS", accountId: { in: all.map((s) => s.account.id) } },
    orderBy: { createdAt: "desc" },
    select: { accountId: true, contactId: true, toAddress: true },
    take: 50,
  });
  const last = recent.find((m) => toE164(m.toAddress) === e164);
  const threaded =
    last &&
    (all.find((s) => s.account.id === last.accountId && s.contactId === last.contactId) ??
      all.find((s) => s.account.id === last.accountId));
  return { all, best: threaded ?? all.find((s) => s.contactId) ?? all[0]! };
}

/**
 * An SMS from a customer, as Kannel's get-url delivers it. A known sender (matched on the E.164 of
 * a contact's or account's phone) gets an inbound SMS interaction on the account, assigned to its
 * owner. A STOP ends the SMS Marketing agreements of every account with that number at once, as a
 * withdrawal. An unknown
 * sender cannot have an interaction (it needs an account), so the text is kept in the audit log as
 * "sms.inbound.unmatched" for an admin to follow up. Everything is audited with no actor.
 */
export async function receiveInboundSms(db: Db, sms: InboundSms, now = new Date()): Promise<InboundOutcome> {
  const e164 = toE164(sms.from) ?? sms.from;
  return db.$transaction(async (tx) => {
    const { all, best: sender } = await findSenders(tx, e164);
    if (!sender) {
      await recordAudit(tx, {
        actorId: null,
        action: "sms.inbound.unmatched",
        entityType: "InboundSms",
        after: { from: e164, to: sms.to, text: sms.text, receivedAt: now },
      });
      return { kind: "unknown-sender", interactionId: null, endedAgreementIds: [] };
    }
    const optOut = isOptOut(sms.text);
    const interaction = await tx.interaction.create({
      data: {
        name: optOut ? `SMS opt-out from ${e164}` : `SMS from ${e164}`,
        type: "SMS",
        channel: "SMS",
        communicationChannel: "SMS",
        direction: "INBOUND",
        status: "COMPLETED",
        activityDate: now,
        phoneNumber: e164,
        body: sms.text,
        accountId: sender.account.id,
        contactId: sender.contactId,
        teamId: sender.account.teamId,
        assignedUserId: sender.account.ownerId,
      },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "create",
      entityType: "Interaction",
      entityId: interaction.id,
      after: { ...interaction, receivedVia: "sms", to: sms.to },
    });
    // The person asked for no more marketing SMS: every account their number is on stops, not
    // only the one the reply is filed under.
    const accountIds = [...new Set(all.map((s) => s.account.id))];
    const endedAgreementIds = optOut ? await endSmsMarketing(tx, accountIds, now) : [];
    return { kind: "matched", interactionId: interaction.id, endedAgreementIds };
  }, TX_OPTIONS);
}

/**
 * Withdraws every open SMS Marketing agreement of the account, as the agreement service's
 * withdrawal does (endedAt, withdrawnAt, reason, End Date today), each by a conditional update so
 * one ended meanwhile is left alone. Consent reads only agreements without endedAt, so a marketing
 * SMS already queued is canceled when the outbox gets to it.
 */
async function endSmsMarketing(tx: Tx, accountIds: string[], now: Date): Promise<string[]> {
  const open = await tx.agreement.findMany({
    where: { accountId: { in: accountIds }, agreementType: "SMS_MARKETING", endedAt: null, deletedAt: null },
  });
  const ended: string[] = [];
  const today = startOfUtcDay(now);
  for (const before of open) {
    const endDate =
      before.endDate && before.endDate <= today
        ? before.endDate
        : before.startDate > today
          ? before.startDate
          : today;
    const data = {
      endedAt: now,
      withdrawnAt: now,
      withdrawalReason: "The customer replied STOP by SMS",
      endDate,
    };
    const { count } = await tx.agreement.updateMany({
      where: { id: before.id, version: before.version, endedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) continue;
    ended.push(before.id);
    await recordAudit(tx, {
      actorId: null,
      action: "withdraw",
      entityType: "Agreement",
      entityId: before.id,
      before,
      after: { ...before, ...data, version: before.version + 1 },
    });
  }
  return ended;
}
