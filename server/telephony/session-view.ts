import type { Prisma } from "../generated/prisma/client.ts";
import type { PopResult } from "./screen-pop.ts";

export const sessionViewSelect = {
  id: true,
  channel: true,
  direction: true,
  state: true,
  fromAddress: true,
  fromE164: true,
  toAddress: true,
  line: true,
  agentId: true,
  ringingAt: true,
  answeredAt: true,
  endedAt: true,
  durationSec: true,
  outcome: true,
  createdAt: true,
  account: { select: { id: true, partyGroupName: true } },
  contact: { select: { id: true, foreName: true, surname: true } },
  lead: { select: { id: true, foreName: true, surname: true } },
  report: { select: { id: true } },
} satisfies Prisma.CommSessionSelect;

type SessionRow = Prisma.CommSessionGetPayload<{ select: typeof sessionViewSelect }>;

/** A call or chat as the panel shows it; dates as ISO strings so it crosses SSE and tRPC alike. */
export type SessionView = {
  id: string;
  channel: SessionRow["channel"];
  direction: SessionRow["direction"];
  state: SessionRow["state"];
  from: string;
  fromE164: string | null;
  to: string | null;
  line: string | null;
  ringingAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  durationSec: number | null;
  outcome: string | null;
  createdAt: string;
  customer: {
    type: "contact" | "account" | "lead";
    id: string;
    name: string;
    accountId: string | null;
    accountName: string | null;
  } | null;
  reportId: string | null;
  pop?: PopResult;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSessionView(row: SessionRow, pop?: PopResult): SessionView {
  const account = row.account
    ? { accountId: row.account.id, accountName: row.account.partyGroupName }
    : { accountId: null, accountName: null };
  const customer = row.contact
    ? {
        type: "contact" as const,
        id: row.contact.id,
        name: `${row.contact.foreName} ${row.contact.surname}`,
        ...account,
      }
    : row.account
      ? { type: "account" as const, id: row.account.id, name: row.account.partyGroupName, ...account }
      : row.lead
        ? {
            type: "lead" as const,
            id: row.lead.id,
            name: `${row.lead.foreName} ${row.lead.surname}`,
            ...account,
          }
        : null;
  return {
    id: row.id,
    channel: row.channel,
    direction: row.direction,
    state: row.state,
    from: row.fromAddress,
    fromE164: row.fromE164,
    to: row.toAddress,
    line: row.line,
    ringingAt: iso(row.ringingAt),
    answeredAt: iso(row.answeredAt),
    endedAt: iso(row.endedAt),
    durationSec: row.durationSec,
    outcome: row.outcome,
    createdAt: row.createdAt.toISOString(),
    customer,
    reportId: row.report?.id ?? null,
    ...(pop ? { pop } : {}),
  };
}

export type SegmentView = {
  sessionId: string;
  seq: number;
  speaker: string;
  text: string;
  occurredAt: string;
};
