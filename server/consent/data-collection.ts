import type { Db } from "../db/create-client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import { inOwningTeam } from "../access/visibility.ts";
import { activeAgreementWhere, agreementStatus } from "../agreements/agreement-status.ts";

// Data Collection consent has an effect (seed 004: "consent based access to information"). A
// person in their own right, an INDIVIDUAL account or a contact who is not at an organisation
// (their account is an individual's, or they have none), needs an active Data Collection agreement
// on that account. Without one their contact mechanisms are masked outside the owning team, exports
// leave them out, and their page says why. Contacts at an organisation are that organisation's
// business contacts and follow no personal agreement.

type Client = Db | Prisma.TransactionClient;

export type DataCollectionState =
  | { required: false }
  | { required: true; consented: true }
  | { required: true; consented: false; reason: string };

const MASK = "•••";

/** The ids among `accountIds` that have an active Data Collection agreement now. */
export async function accountsWithDataCollection(
  db: Client,
  accountIds: string[],
  now = new Date(),
): Promise<Set<string>> {
  if (accountIds.length === 0) return new Set();
  const rows = await db.agreement.findMany({
    where: {
      AND: [
        { accountId: { in: accountIds }, agreementType: "DATA_COLLECTION", deletedAt: null },
        activeAgreementWhere(now),
      ],
    },
    select: { accountId: true },
  });
  return new Set(rows.map((r) => r.accountId));
}

const isPersonAccount = (account: { accountType: string } | null) =>
  !account || account.accountType === "INDIVIDUAL";

/** Why an account (or a contact through it) has no Data Collection consent, in a sentence. */
async function missingReason(db: Client, accountId: string | null, now: Date): Promise<string> {
  const remedy = "An admin can record a Data Collection agreement on the account's Sales tab.";
  if (!accountId)
    return `This person belongs to no account, so no Data Collection agreement can cover them. ${remedy}`;
  const last = await db.agreement.findFirst({
    where: { accountId, agreementType: "DATA_COLLECTION", deletedAt: null },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  if (!last) return `No Data Collection agreement has ever been recorded. ${remedy}`;
  if (last.withdrawnAt)
    return `The customer withdrew Data Collection consent on ${day(last.withdrawnAt)}: ${last.withdrawalReason ?? ""}`.trim();
  if (last.endedAt) return `The Data Collection agreement was ended on ${day(last.endedAt)}. ${remedy}`;
  if (agreementStatus(last, now) === "INACTIVE" && last.startDate > now)
    return `The Data Collection agreement starts on ${day(last.startDate)}.`;
  return `The Data Collection agreement ended on ${day(last.endDate)}. ${remedy}`;
}

export async function dataCollectionForAccount(
  db: Client,
  account: { id: string; accountType: string },
  now = new Date(),
): Promise<DataCollectionState> {
  if (!isPersonAccount(account)) return { required: false };
  if ((await accountsWithDataCollection(db, [account.id], now)).has(account.id))
    return { required: true, consented: true };
  return { required: true, consented: false, reason: await missingReason(db, account.id, now) };
}

export async function dataCollectionForContact(
  db: Client,
  contact: { account: { id: string; accountType: string } | null },
  now = new Date(),
): Promise<DataCollectionState> {
  if (!isPersonAccount(contact.account)) return { required: false };
  const accountId = contact.account?.id ?? null;
  if (accountId && (await accountsWithDataCollection(db, [accountId], now)).has(accountId))
    return { required: true, consented: true };
  return { required: true, consented: false, reason: await missingReason(db, accountId, now) };
}

/** Whether this viewer sees the person's contact mechanisms masked. */
export function masksMechanisms(viewer: Viewer, state: DataCollectionState, teamId: string): boolean {
  return state.required && !state.consented && !inOwningTeam(viewer, teamId);
}

/** A contact mechanism with its value (and the normalised copies of it) hidden. */
export function maskMechanism<T extends { value: string; e164?: string | null; emailLower?: string | null }>(
  m: T,
): T {
  return {
    ...m,
    value: MASK,
    ...("e164" in m ? { e164: null } : {}),
    ...("emailLower" in m ? { emailLower: null } : {}),
  };
}

/**
 * Export filter: the rows that may leave the system. A person without Data Collection consent is
 * left out, whoever exports (the file leaves the owning team's control once downloaded).
 */
export async function exportableByConsent<Row>(
  db: Client,
  rows: Row[],
  subject: (row: Row) => { personAccountId: string | null; isPerson: boolean },
  now = new Date(),
): Promise<Row[]> {
  const people = rows.map(subject).filter((s) => s.isPerson && s.personAccountId);
  const consented = await accountsWithDataCollection(
    db,
    [...new Set(people.map((p) => p.personAccountId!))],
    now,
  );
  return rows.filter((row) => {
    const s = subject(row);
    return !s.isPerson || (s.personAccountId !== null && consented.has(s.personAccountId));
  });
}
