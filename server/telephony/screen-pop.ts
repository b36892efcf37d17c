import type { Db } from "../db/create-client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { accountScope, contactScope, leadScope } from "../access/visibility.ts";
import type { Viewer } from "../access/viewer.ts";

export type PopMatch = {
  type: "contact" | "account" | "lead";
  id: string;
  name: string;
  accountId: string | null;
  accountName: string | null;
  /** The customer's page: the account for a contact that has one, so its tools open there. */
  href: string;
};

export type PopResult = { e164: string | null; kind: "one" | "several" | "none"; matches: PopMatch[] };

// More than a handful of records behind one number is a switchboard: the chooser shows the first.
const MAX_MATCHES = 20;

const mechanismSelect = {
  contact: {
    select: {
      id: true,
      foreName: true,
      surname: true,
      account: { select: { id: true, partyGroupName: true, deletedAt: true } },
    },
  },
  account: { select: { id: true, partyGroupName: true } },
  lead: { select: { id: true, foreName: true, surname: true, partyGroupName: true } },
} satisfies Prisma.ContactMechanismSelect;

type MechanismRow = Prisma.ContactMechanismGetPayload<{ select: typeof mechanismSelect }>;

function toMatch(m: MechanismRow, sessionId: string): PopMatch | null {
  const pop = `session=${sessionId}`;
  if (m.contact) {
    const account = m.contact.account && !m.contact.account.deletedAt ? m.contact.account : null;
    return {
      type: "contact",
      id: m.contact.id,
      name: `${m.contact.foreName} ${m.contact.surname}`,
      accountId: account?.id ?? null,
      accountName: account?.partyGroupName ?? null,
      href: account
        ? `/accounts/${account.id}?${pop}&contact=${m.contact.id}`
        : `/contacts/${m.contact.id}?${pop}`,
    };
  }
  if (m.account) {
    return {
      type: "account",
      id: m.account.id,
      name: m.account.partyGroupName,
      accountId: m.account.id,
      accountName: m.account.partyGroupName,
      href: `/accounts/${m.account.id}?${pop}`,
    };
  }
  if (m.lead) {
    const name = [m.lead.foreName, m.lead.surname].join(" ");
    return {
      type: "lead",
      id: m.lead.id,
      name: m.lead.partyGroupName ? `${name} (${m.lead.partyGroupName})` : name,
      accountId: null,
      accountName: null,
      href: `/leads/${m.lead.id}?${pop}`,
    };
  }
  return null;
}

/**
 * Who is calling: the contacts, accounts and leads with this number, among the records the agent
 * may see. One query on the E.164 index, whatever the size of the book.
 */
export async function screenPop(
  db: Db | Prisma.TransactionClient,
  agent: Viewer,
  e164: string | null,
  sessionId: string,
): Promise<PopResult> {
  if (!e164) return { e164, kind: "none", matches: [] };
  const rows = await db.contactMechanism.findMany({
    where: {
      e164,
      OR: [
        { contact: { is: contactScope(agent) } },
        { account: { is: accountScope(agent) } },
        { lead: { is: leadScope(agent) } },
      ],
    },
    select: mechanismSelect,
    orderBy: { id: "asc" },
    take: MAX_MATCHES,
  });
  const seen = new Set<string>();
  const matches: PopMatch[] = [];
  for (const row of rows) {
    const match = toMatch(row, sessionId);
    if (!match || seen.has(`${match.type}:${match.id}`)) continue;
    seen.add(`${match.type}:${match.id}`);
    matches.push(match);
  }
  return { e164, kind: matches.length === 0 ? "none" : matches.length === 1 ? "one" : "several", matches };
}
