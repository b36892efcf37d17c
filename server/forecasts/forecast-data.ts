import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import { forecastScopeSql } from "../access/visibility.ts";
import type { ForecastScope } from "../access/visibility-rule.ts";
import { dateKey, type PeriodType } from "./forecast-periods.ts";
import type { AdjustmentRow, MembershipRow, OppGroup, QuotaRow, TreeInput } from "./forecast-rollup.ts";

type GroupRow = Omit<OppGroup, "pipeline" | "weighted" | "commit" | "bestCase" | "closedWon"> &
  Record<"pipeline" | "weighted" | "commit" | "bestCase" | "closedWon", Prisma.Decimal | string | number>;

const OPEN = Prisma.sql`o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`;
const FORECAST = Prisma.sql`o."forecastCategory" <> 'OMITTED'`;

/**
 * Opportunity figures per team, owner, currency and period in one grouped query (no query per
 * row): open pipeline, probability-weighted pipeline, commit, best case (commit + best case
 * categories) and closed-won, by close date. Omitted deals stay out of every open figure.
 */
export async function opportunityGroups(
  db: Db,
  scope: ForecastScope,
  type: PeriodType,
  from: Date,
  to: Date,
  extra: Prisma.Sql = Prisma.sql`TRUE`,
): Promise<OppGroup[]> {
  const unit = type === "QUARTER" ? "quarter" : "month";
  // Aggregate on the raw keys, then format: casts and to_char run once a group, not once a row.
  const rows = await db.$queryRaw<GroupRow[]>`
    SELECT g."teamId"::text AS "teamId", g."ownerId"::text AS "ownerId", g.currency::text AS currency,
      to_char(g.period, 'YYYY-MM-DD') AS period, g.pipeline, g.weighted / 100 AS weighted, g."commit", g."bestCase", g."closedWon",
      g."openCount", g."wonCount"
    FROM (
      SELECT o."teamId", o."ownerId", o.currency, date_trunc(${unit}, o."closeDate"::timestamp) AS period,
        COALESCE(SUM(o."estimatedAmount") FILTER (WHERE ${OPEN} AND ${FORECAST}), 0) AS pipeline,
        COALESCE(SUM(o."estimatedAmount" * o.probability) FILTER (WHERE ${OPEN} AND ${FORECAST}), 0) AS weighted,
        COALESCE(SUM(o."estimatedAmount") FILTER (WHERE ${OPEN} AND o."forecastCategory" = 'COMMIT'), 0) AS "commit",
        COALESCE(SUM(o."estimatedAmount") FILTER (WHERE ${OPEN} AND o."forecastCategory" IN ('COMMIT', 'BEST_CASE')), 0) AS "bestCase",
        COALESCE(SUM(o."estimatedAmount") FILTER (WHERE o.stage = 'CLOSED_WON'), 0) AS "closedWon",
        (COUNT(*) FILTER (WHERE ${OPEN} AND ${FORECAST}))::int AS "openCount",
        (COUNT(*) FILTER (WHERE o.stage = 'CLOSED_WON'))::int AS "wonCount"
      FROM "Opportunity" o
      WHERE o."deletedAt" IS NULL AND o."closeDate" >= ${dateKey(from)}::date AND o."closeDate" < ${dateKey(to)}::date
        AND ${forecastScopeSql(scope, "o")} AND ${extra}
      GROUP BY 1, 2, 3, 4
    ) g`;
  const dec = (v: Prisma.Decimal | string | number) => new Prisma.Decimal(v);
  return rows.map((r) => ({
    ...r,
    pipeline: dec(r.pipeline),
    weighted: dec(r.weighted),
    commit: dec(r.commit),
    bestCase: dec(r.bestCase),
    closedWon: dec(r.closedWon),
    openCount: Number(r.openCount),
    wonCount: Number(r.wonCount),
  }));
}

/** Everything the roll-up needs for the viewer's scope and the periods in [from, to). */
export async function loadForecastInputs(
  db: Db,
  scope: ForecastScope,
  type: PeriodType,
  from: Date,
  to: Date,
): Promise<Omit<TreeInput, "period">> {
  const groups = await opportunityGroups(db, scope, type, from, to);

  let teams: { id: string; name: string }[];
  if (scope.kind === "all")
    teams = await db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  else if (scope.kind === "teams")
    teams = await db.team.findMany({
      where: { id: { in: scope.teamIds } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
  else {
    const ids = new Set(groups.map((g) => g.teamId));
    teams = await db.team.findMany({
      where: { OR: [{ id: { in: [...ids] } }, { memberships: { some: { userId: scope.userId } } }] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
  }
  const teamIds = teams.map((t) => t.id);

  const memberships: MembershipRow[] = await db.teamMembership.findMany({
    where: {
      teamId: { in: teamIds },
      user: { role: { not: "ADMIN" }, disabledAt: null },
      ...(scope.kind === "self" ? { userId: scope.userId } : {}),
    },
    select: { userId: true, teamId: true, createdAt: true },
  });
  const personIds = [
    ...new Set([
      ...memberships.map((m) => m.userId),
      ...groups.map((g) => g.ownerId),
      ...(scope.kind === "self" ? [scope.userId] : []),
    ]),
  ];
  const users = await db.user.findMany({
    where: { id: { in: personIds }, role: { not: "ADMIN" } },
    select: { id: true, name: true },
  });
  const people = new Map(users.map((u) => [u.id, u.name]));

  const quotas: QuotaRow[] = (
    await db.salesQuota.findMany({
      where: { userId: { in: [...people.keys()] }, periodType: type, periodStart: { gte: from, lt: to } },
      select: { userId: true, periodStart: true, amount: true, currency: true },
    })
  ).map((q) => ({
    userId: q.userId,
    period: dateKey(q.periodStart),
    amount: q.amount,
    currency: q.currency,
  }));

  const adjustments: AdjustmentRow[] = (
    await db.forecastAdjustment.findMany({
      where: {
        periodType: type,
        periodStart: { gte: from, lt: to },
        OR: [{ subjectUserId: { in: [...people.keys()] } }, { subjectUserId: null, teamId: { in: teamIds } }],
      },
      select: {
        id: true,
        subjectUserId: true,
        teamId: true,
        periodStart: true,
        category: true,
        amount: true,
        currency: true,
        reason: true,
        createdAt: true,
        adjustedBy: { select: { id: true, name: true } },
      },
    })
  ).map((a) => ({ ...a, period: dateKey(a.periodStart) }));
  const resolved = await resolveAdjustmentTeams(db, adjustments);
  for (const a of adjustments) a.teamId = resolved.get(a.id) ?? a.teamId;

  return {
    companyName: scope.kind === "all" ? "Company" : scope.kind === "teams" ? "My teams" : "My forecast",
    teams,
    people,
    memberships,
    onlyPeople: scope.kind === "self" ? new Set([scope.userId]) : undefined,
    groups,
    quotas,
    adjustments,
  };
}

/**
 * Older adjustments of a person carry no team. Such an adjustment belongs to the team its author
 * manages and the person is in (a manager adjusts within their own desk); failing that, null, and
 * the roll-up files it under the person's home team.
 */
export async function resolveAdjustmentTeams(
  db: Db,
  rows: { id: string; subjectUserId: string | null; teamId: string | null; adjustedBy: { id: string } }[],
): Promise<Map<string, string | null>> {
  const open = rows.filter((r) => r.subjectUserId && !r.teamId);
  const out = new Map<string, string | null>(rows.map((r) => [r.id, r.teamId]));
  if (!open.length) return out;
  const userIds = [...new Set(open.flatMap((r) => [r.subjectUserId!, r.adjustedBy.id]))];
  const memberships = await db.teamMembership.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, teamId: true, isManager: true },
    orderBy: [{ createdAt: "asc" }, { teamId: "asc" }],
  });
  for (const r of open) {
    const subjectTeams = new Set(
      memberships.filter((m) => m.userId === r.subjectUserId).map((m) => m.teamId),
    );
    const team = memberships.find(
      (m) => m.userId === r.adjustedBy.id && m.isManager && subjectTeams.has(m.teamId),
    );
    out.set(r.id, team?.teamId ?? null);
  }
  return out;
}
