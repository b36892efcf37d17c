import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { forecastSubjectWhere } from "./forecast-subjects.ts";
import { REPORTING_CURRENCY, toEur } from "./fx-to-eur.ts";

export const ZQuarterlyForecastRequestSchema = z.object({
  quarterStart: z.coerce.date().optional(),
});

type Row = {
  ownerId: string;
  currency: string;
  weighted: Prisma.Decimal | null;
  commit: Prisma.Decimal | null;
  bestCase: Prisma.Decimal | null;
  closedWon: Prisma.Decimal | null;
};

export function quarterStartOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1));
}

/** Per rep, for one quarter: quota, probability-weighted pipeline, commit, best case, closed won. */
export async function quarterlyForecast({ db, viewer }: ServiceContext, input: z.input<typeof ZQuarterlyForecastRequestSchema>) {
  const req = ZQuarterlyForecastRequestSchema.parse(input);
  const start = quarterStartOf(req.quarterStart ?? new Date());
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1));

  const reps = await db.user.findMany({
    where: { AND: [forecastSubjectWhere(viewer), { role: { not: "ADMIN" } }] },
    select: {
      id: true,
      name: true,
      role: true,
      memberships: { select: { team: { select: { name: true } } } },
      quotas: { where: { periodType: "QUARTER", periodStart: start }, select: { amount: true, currency: true } },
    },
    orderBy: { name: "asc" },
  });
  const ids = reps.map((r) => r.id);
  // One grouped query for every rep: no query per row.
  const rows = ids.length
    ? await db.$queryRaw<Row[]>`
        SELECT "ownerId", currency,
          SUM("estimatedAmount" * probability / 100) FILTER (WHERE stage NOT IN ('CLOSED_WON','CLOSED_LOST')) AS weighted,
          SUM("estimatedAmount") FILTER (WHERE "forecastCategory" = 'COMMIT' AND stage NOT IN ('CLOSED_WON','CLOSED_LOST')) AS "commit",
          SUM("estimatedAmount") FILTER (WHERE "forecastCategory" IN ('COMMIT','BEST_CASE') AND stage NOT IN ('CLOSED_WON','CLOSED_LOST')) AS "bestCase",
          SUM("estimatedAmount") FILTER (WHERE stage = 'CLOSED_WON') AS "closedWon"
        FROM "Opportunity"
        WHERE "deletedAt" IS NULL AND "closeDate" >= ${start} AND "closeDate" < ${end}
          AND "ownerId"::text IN (${Prisma.join(ids)})
        GROUP BY "ownerId", currency`
    : [];

  const num = (d: Prisma.Decimal | null) => (d === null ? 0 : Number(d));
  const totals = new Map<string, { weighted: number; commit: number; bestCase: number; closedWon: number }>();
  for (const r of rows) {
    const t = totals.get(r.ownerId) ?? { weighted: 0, commit: 0, bestCase: 0, closedWon: 0 };
    t.weighted += toEur(num(r.weighted), r.currency);
    t.commit += toEur(num(r.commit), r.currency);
    t.bestCase += toEur(num(r.bestCase), r.currency);
    t.closedWon += toEur(num(r.closedWon), r.currency);
    totals.set(r.ownerId, t);
  }

  return {
    quarterStart: start,
    currency: REPORTING_CURRENCY,
    rows: reps.map((rep) => {
      const t = totals.get(rep.id) ?? { weighted: 0, commit: 0, bestCase: 0, closedWon: 0 };
      const quota = rep.quotas[0] ? toEur(Number(rep.quotas[0].amount), rep.quotas[0].currency) : null;
      return {
        userId: rep.id,
        name: rep.name,
        teams: rep.memberships.map((m) => m.team.name),
        quota,
        ...t,
        attainment: quota ? t.closedWon / quota : null,
      };
    }),
  };
}
