import { z } from "zod";
import { zText } from "../records/text.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountScope } from "../access/visibility.ts";
import { toEur } from "../forecasts/fx-to-eur.ts";

export const ZAnalyticsRequestSchema = z.object({
  accountId: ZRecordId,
  instrument: zText().max(60).optional(),
});

// Revenue the desk books on a deal, as a share of its EUR notional: a rough sales-credit rate by
// instrument type, enough to rank customers; a bank would read its P&L system instead.
const REVENUE_BPS: Record<string, number> = {
  FX: 2,
  BOND: 5,
  RATES: 3,
  EQUITY: 8,
  COMMODITY: 4,
  DEPOSIT: 10,
  LOAN: 25,
};

const monthKey = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;

function last12Months(now: Date): string[] {
  return Array.from({ length: 12 }, (_, i) =>
    monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1))),
  );
}

/**
 * The customer at a glance: what they hold (products, and booked deals netted by instrument),
 * revenue by month over a year (won opportunities plus sales credit on deals), and interactions
 * by month and channel. With `instrument`, also the deals and interactions that concern it.
 */
export async function customerAnalytics(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZAnalyticsRequestSchema>,
  now = new Date(),
) {
  const { accountId, instrument } = ZAnalyticsRequestSchema.parse(input);
  const account = await db.account.findFirst({
    where: { id: accountId, ...accountScope(viewer) },
    select: { id: true, productsHeld: true },
  });
  if (!account) throw notFound("Account");
  const months = last12Months(now);
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));

  const [deals, won, interactions] = await Promise.all([
    db.deal.findMany({
      where: { accountId, status: "BOOKED" },
      select: {
        instrument: true,
        instrumentType: true,
        side: true,
        notional: true,
        currency: true,
        price: true,
        createdAt: true,
      },
    }),
    db.opportunity.findMany({
      where: { accountId, deletedAt: null, stage: "CLOSED_WON", closeDate: { gte: since } },
      select: { estimatedAmount: true, currency: true, closeDate: true },
    }),
    db.$queryRaw<{ month: string; channel: string; n: bigint }[]>`
      SELECT to_char(date_trunc('month', "activityDate"), 'YYYY-MM') AS month, channel::text AS channel, count(*) AS n
      FROM "Interaction" WHERE "accountId" = ${accountId}::uuid AND "deletedAt" IS NULL AND "activityDate" >= ${since}
      GROUP BY 1, 2`,
  ]);

  const net = new Map<string, number>();
  for (const d of deals)
    net.set(
      d.instrument,
      (net.get(d.instrument) ?? 0) + (d.side === "BUY" ? 1 : -1) * toEur(Number(d.notional), d.currency),
    );
  const holdings = [...net]
    .map(([name, netEur]) => ({ name, netEur: Math.round(netEur) }))
    .sort((a, b) => Math.abs(b.netEur) - Math.abs(a.netEur));

  const revenue = new Map(months.map((m) => [m, { month: m, opportunities: 0, deals: 0 }]));
  for (const o of won) {
    const row = revenue.get(monthKey(o.closeDate));
    if (row) row.opportunities += Math.round(toEur(Number(o.estimatedAmount), o.currency));
  }
  for (const d of deals) {
    const row = revenue.get(monthKey(d.createdAt));
    if (row)
      row.deals += Math.round(
        (toEur(Number(d.notional), d.currency) * (REVENUE_BPS[d.instrumentType] ?? 2)) / 10_000,
      );
  }

  const channels = [...new Set(interactions.map((r) => r.channel))].sort();
  const byMonth = new Map(
    months.map((m) => [
      m,
      Object.fromEntries([["month", m], ...channels.map((c) => [c, 0])]) as Record<string, number | string>,
    ]),
  );
  for (const r of interactions) {
    const row = byMonth.get(r.month);
    if (row) row[r.channel] = Number(r.n);
  }

  const focus = instrument
    ? {
        instrument,
        deals: deals
          .filter((d) => d.instrument === instrument)
          .map((d) => ({ ...d, notional: Number(d.notional), price: Number(d.price) })),
        interactions: await db.interaction.findMany({
          where: {
            accountId,
            deletedAt: null,
            OR: ["name", "subject", "resultDescription", "activityDescription", "summary"].map((f) => ({
              [f]: { contains: instrument, mode: Prisma.QueryMode.insensitive },
            })),
          },
          orderBy: { activityDate: "desc" },
          take: 10,
          select: { id: true, name: true, activityDate: true, channel: true },
        }),
      }
    : null;

  return {
    products: account.productsHeld,
    holdings,
    revenue: [...revenue.values()],
    interactions: { channels, months: [...byMonth.values()] },
    focus,
  };
}
