import type { Db } from "../../db/create-client.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { activeAgreementWhere, startOfUtcDay } from "../../agreements/agreement-status.ts";
import { TX_OPTIONS } from "../../records/mutate.ts";
import { verifyUnsubscribeToken, type UnsubscribeClaim } from "./token.ts";

export const UNSUBSCRIBE_REASON = "Unsubscribed with the link in a marketing e-mail";

export type UnsubscribeLookup =
  | { ok: true; claim: UnsubscribeClaim; accountName: string; subscribed: boolean }
  | { ok: false; reason: "invalid" | "expired" };

/** What the confirm page shows: whose e-mail marketing the link ends, and whether it is still on. */
export async function lookUpUnsubscribe(db: Db, token: string, now = new Date()): Promise<UnsubscribeLookup> {
  const verified = verifyUnsubscribeToken(token, { now });
  if (!verified.ok) return verified;
  const account = await db.account.findUnique({
    where: { id: verified.claim.accountId },
    select: { partyGroupName: true },
  });
  if (!account) return { ok: false, reason: "invalid" };
  const active = await db.agreement.count({
    where: {
      accountId: verified.claim.accountId,
      agreementType: "EMAIL_MARKETING",
      deletedAt: null,
      ...activeAgreementWhere(now),
    },
  });
  return { ok: true, claim: verified.claim, accountName: account.partyGroupName, subscribed: active > 0 };
}

export type UnsubscribeResult = { ok: true; ended: number } | { ok: false; reason: "invalid" | "expired" };

/**
 * One-click unsubscribe (RFC 8058): ends every open Email Marketing agreement of the account the
 * signed link names, at once, as a withdrawal by the customer, audited with no actor (nobody signed
 * in). Each agreement is ended by a conditional update on `endedAt: null`, so a repeated or
 * concurrent POST ends nothing twice and writes no second audit entry. Marketing e-mail already
 * queued is not sent: the outbox re-checks consent when it sends (deliver-message.ts).
 * A forged or expired link changes nothing.
 */
export async function unsubscribe(db: Db, token: string, now = new Date()): Promise<UnsubscribeResult> {
  const verified = verifyUnsubscribeToken(token, { now });
  if (!verified.ok) return verified;
  const { accountId, contactId } = verified.claim;
  const ended = await db.$transaction(async (tx) => {
    const open = await tx.agreement.findMany({
      where: { accountId, agreementType: "EMAIL_MARKETING", deletedAt: null, endedAt: null },
    });
    let n = 0;
    for (const before of open) {
      const today = startOfUtcDay(now);
      // The End Date an agreement ended today carries, as "End now" writes it (change-agreement.ts).
      const endDate =
        before.endDate && before.endDate <= today
          ? before.endDate
          : before.startDate > today
            ? before.startDate
            : today;
      const { count } = await tx.agreement.updateMany({
        where: { id: before.id, endedAt: null },
        data: {
          endedAt: now,
          withdrawnAt: now,
          withdrawalReason: UNSUBSCRIBE_REASON,
          endDate,
          version: { increment: 1 },
        },
      });
      if (count !== 1) continue;
      n++;
      const after = await tx.agreement.findUniqueOrThrow({ where: { id: before.id } });
      await recordAudit(tx, {
        actorId: null,
        action: "withdraw",
        entityType: "Agreement",
        entityId: before.id,
        before,
        after: { ...after, reason: UNSUBSCRIBE_REASON, via: "unsubscribe-link", contactId },
      });
    }
    return n;
  }, TX_OPTIONS);
  return { ok: true, ended };
}
