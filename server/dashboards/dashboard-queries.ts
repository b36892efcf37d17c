import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import { forecastScopeSql } from "../access/visibility.ts";
import type { ForecastScope } from "../access/visibility-rule.ts";
import { decimalToEur } from "../forecasts/fx-to-eur.ts";
import { addPeriods, dateKey, periodLabel, type PeriodType } from "../forecasts/forecast-periods.ts";

// The grouped queries behind the dashboards' charts. Each applies the viewer's forecast scope in
// SQL (reps: their own; managers: their teams; admins: all) and aggregates on the server.

const OPEN_STAGES = ["PROSPECTING", "QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"] as const;

type Num = Prisma.Decimal | string | number;

/** Open opportunities by stage: count, amount and weighted amount in EUR. */
export async function pipelineByStage(db: Db, scope: ForecastScope) {
  const rows = await db.$queryRaw<
    { stage: string; currency: string; n: number; amount: Num; weighted: Num }[]
  >`
    SELECT o.stage::text AS stage, o.currency::text AS currency, COUNT(*)::int AS n,
      SUM(o."estimatedAmount") AS amount, SUM(o."estimatedAmount" * o.probability / 100) AS weighted
    FROM "Opportunity" o
    WHERE o."deletedAt" IS NULL AND o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') AND ${forecastScopeSql(scope, "o")}
    GROUP BY 1, 2`;
  return OPEN_STAGES.map((stage) => {
    const mine = rows.filter((r) => r.stage === stage);
    const sum = (pick: (r: (typeof rows)[number]) => Num) =>
      mine.reduce(
        (s, r) => s.add(decimalToEur(new Prisma.Decimal(pick(r)), r.currency)),
        new Prisma.Decimal(0),
      );
    return {
      stage,
      count: mine.reduce((s, r) => s + Number(r.n), 0),
      amount: sum((r) => r.amount).toFixed(2),
      weighted: sum((r) => r.weighted).toFixed(2),
    };
  });
}

/** Won and lost per period by close date: win rate by count and the average won deal in EUR. */
export async function winRates(db: Db, scope: ForecastScope, type: PeriodType, from: Date, periods: number) {
  const to = addPeriods(from, type, periods);
  const unit = type === "QUARTER" ? "quarter" : "month";
  const rows = await db.$queryRaw<
    { period: string; currency: string; won: number; lost: number; wonAmount: Num }[]
  >`
    SELECT to_char(date_trunc(${unit}, o."closeDate"::timestamp), 'YYYY-MM-DD') AS period, o.currency::text AS currency,
      (COUNT(*) FILTER (WHERE o.stage = 'CLOSED_WON'))::int AS won,
      (COUNT(*) FILTER (WHERE o.stage = 'CLOSED_LOST'))::int AS lost,
      COALESCE(SUM(o."estimatedAmount") FILTER (WHERE o.stage = 'CLOSED_WON'), 0) AS "wonAmount"
    FROM "Opportunity" o
    WHERE o."deletedAt" IS NULL AND o.stage IN ('CLOSED_WON', 'CLOSED_LOST')
      AND o."closeDate" >= ${dateKey(from)}::date AND o."closeDate" < ${dateKey(to)}::date AND ${forecastScopeSql(scope, "o")}
    GROUP BY 1, 2`;
  return Array.from({ length: periods }, (_, i) => {
    const start = addPeriods(from, type, i);
    const key = dateKey(start);
    const mine = rows.filter((r) => r.period === key);
    const won = mine.reduce((s, r) => s + Number(r.won), 0);
    const lost = mine.reduce((s, r) => s + Number(r.lost), 0);
    const wonAmount = mine.reduce(
      (s, r) => s.add(decimalToEur(new Prisma.Decimal(r.wonAmount), r.currency)),
      new Prisma.Decimal(0),
    );
    return {
      periodStart: key,
      label: periodLabel(start, type),
      won,
      lost,
      winRate: won + lost ? won / (won + lost) : null,
      wonAmount: wonAmount.toFixed(2),
      averageDeal: won ? wonAmount.div(won).toFixed(2) : null,
    };
  });
}

/** Interactions that took place in [from, to), per person and channel. */
export async function interactionsByRepAndChannel(db: Db, scope: ForecastScope, from: Date, to: Date) {
  const rows = await db.$queryRaw<{ userId: string; name: string; channel: string; n: number }[]>`
    SELECT i."assignedUserId"::text AS "userId", u.name, i.channel::text AS channel, COUNT(*)::int AS n
    FROM "Interaction" i JOIN "User" u ON u.id = i."assignedUserId"
    WHERE i."deletedAt" IS NULL AND i."activityDate" >= ${from} AND i."activityDate" < ${to}
      AND ${forecastScopeSql(scope, "i", "assignedUserId")}
    GROUP BY 1, 2, 3`;
  const people = new Map<
    string,
    { userId: string; name: string; total: number; byChannel: Record<string, number> }
  >();
  for (const r of rows) {
    const p = people.get(r.userId) ?? { userId: r.userId, name: r.name, total: 0, byChannel: {} };
    p.byChannel[r.channel] = (p.byChannel[r.channel] ?? 0) + Number(r.n);
    p.total += Number(r.n);
    people.set(r.userId, p);
  }
  const byChannel: Record<string, number> = {};
  for (const r of rows) byChannel[r.channel] = (byChannel[r.channel] ?? 0) + Number(r.n);
  return {
    byPerson: [...people.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    byChannel,
  };
}
