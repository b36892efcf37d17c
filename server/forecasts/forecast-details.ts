import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { ZRecordId } from "../records/record-id.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import type { ServiceContext } from "../service-context.ts";
import { forecastScope, type ForecastScope } from "../access/visibility-rule.ts";
import { visibleTeam, visibleUser } from "./forecast-scope.ts";
import { addPeriods, dateKey, periodFromKey, ZDateKey, ZPeriodType } from "./forecast-periods.ts";
import { decimalToEur } from "./fx-to-eur.ts";
import { resolveAdjustmentTeams } from "./forecast-data.ts";

const ZNodeRequest = z.object({
  periodType: ZPeriodType.default("QUARTER"),
  periodStart: ZDateKey,
  teamId: ZRecordId.optional(),
  userId: ZRecordId.optional(),
});

/** Checks the team and person against the scope; answers NOT_FOUND for anything outside it. */
async function checkNode(
  ctx: ServiceContext,
  scope: ForecastScope,
  req: { teamId?: string; userId?: string },
) {
  if (req.teamId) await visibleTeam(ctx.db, scope, req.teamId);
  if (req.userId) await visibleUser(ctx.db, scope, req.userId, req.teamId);
}

export const ZForecastHistoryRequestSchema = ZNodeRequest;

/** Every adjustment behind a figure, newest first: who, when, why, and the amount. */
export async function forecastHistory(
  ctx: ServiceContext,
  input: z.input<typeof ZForecastHistoryRequestSchema>,
) {
  const req = ZForecastHistoryRequestSchema.parse(input);
  const scope = forecastScope(ctx.viewer);
  await checkNode(ctx, scope, req);
  const periodStart = periodFromKey(req.periodStart, req.periodType);
  const where: Prisma.ForecastAdjustmentWhereInput = { periodType: req.periodType, periodStart };
  if (req.userId) {
    where.subjectUserId = req.userId;
    if (req.teamId) where.OR = [{ teamId: req.teamId }, { teamId: null }];
    else if (scope.kind === "teams") where.OR = [{ teamId: { in: scope.teamIds } }, { teamId: null }];
  } else if (req.teamId) {
    // The team's own figure and its people's.
    where.OR = [
      { teamId: req.teamId },
      { subjectUser: { memberships: { some: { teamId: req.teamId } } }, teamId: null },
    ];
  } else if (scope.kind === "teams") {
    where.OR = [
      { teamId: { in: scope.teamIds } },
      { teamId: null, subjectUser: { memberships: { some: { teamId: { in: scope.teamIds } } } } },
    ];
  } else if (scope.kind === "self") {
    where.subjectUserId = scope.userId;
  }
  const rows = await ctx.db.forecastAdjustment.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      category: true,
      amount: true,
      currency: true,
      reason: true,
      createdAt: true,
      teamId: true,
      subjectUserId: true,
      subjectUser: { select: { id: true, name: true } },
      adjustedBy: { select: { id: true, name: true } },
    },
  });
  // Adjustments saved without a team are placed in the team their author manages: keep only the
  // ones that land in the team (or teams) asked about.
  const resolved = await resolveAdjustmentTeams(ctx.db, rows);
  const allowedTeams = req.teamId ? [req.teamId] : scope.kind === "teams" ? scope.teamIds : null;
  for (const r of rows) r.teamId = resolved.get(r.id) ?? null;
  const kept = allowedTeams ? rows.filter((r) => r.teamId === null || allowedTeams.includes(r.teamId)) : rows;
  const teamNames = new Map(
    (
      await ctx.db.team.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.teamId).filter((t): t is string => !!t))] } },
        select: { id: true, name: true },
      })
    ).map((t) => [t.id, t.name]),
  );
  return kept.map((r) => ({
    id: r.id,
    category: r.category,
    amount: decimalToEur(r.amount, r.currency).toFixed(2),
    reason: r.reason,
    createdAt: r.createdAt,
    subject: r.subjectUser?.name ?? (r.teamId ? (teamNames.get(r.teamId) ?? "Team") : "—"),
    team: r.teamId ? (teamNames.get(r.teamId) ?? null) : null,
    adjustedBy: r.adjustedBy.name,
  }));
}

export const FORECAST_MEASURES = ["pipeline", "commit", "bestCase", "closedWon"] as const;
export const ZForecastOpportunitiesRequestSchema = ZNodeRequest.extend({
  measure: z.enum(FORECAST_MEASURES).default("pipeline"),
}).merge(ZPageRequestSchema);

const spec: KeysetSpec = { fields: [{ name: "closeDate", dir: "asc", type: "date" }] };

/** The opportunities behind a number on the forecast, a page at a time. */
export async function forecastOpportunities(
  ctx: ServiceContext,
  input: z.input<typeof ZForecastOpportunitiesRequestSchema>,
) {
  const req = ZForecastOpportunitiesRequestSchema.parse(input);
  const scope = forecastScope(ctx.viewer);
  await checkNode(ctx, scope, req);
  const start = periodFromKey(req.periodStart, req.periodType);
  const open: Prisma.OpportunityWhereInput = { stage: { notIn: ["CLOSED_WON", "CLOSED_LOST"] } };
  const byMeasure: Record<(typeof FORECAST_MEASURES)[number], Prisma.OpportunityWhereInput> = {
    pipeline: { ...open, forecastCategory: { not: "OMITTED" } },
    commit: { ...open, forecastCategory: "COMMIT" },
    bestCase: { ...open, forecastCategory: { in: ["COMMIT", "BEST_CASE"] } },
    closedWon: { stage: "CLOSED_WON" },
  };
  const scoped: Prisma.OpportunityWhereInput =
    scope.kind === "all"
      ? {}
      : scope.kind === "teams"
        ? { teamId: { in: scope.teamIds } }
        : { ownerId: scope.userId };
  const where: Prisma.OpportunityWhereInput = {
    AND: [
      scoped,
      byMeasure[req.measure],
      { deletedAt: null, closeDate: { gte: start, lt: addPeriods(start, req.periodType, 1) } },
      req.teamId ? { teamId: req.teamId } : {},
      req.userId ? { ownerId: req.userId } : {},
    ],
  };
  const page = await keysetPage(spec, req, where, (args) =>
    ctx.db.opportunity.findMany({
      ...args,
      select: {
        id: true,
        name: true,
        stage: true,
        probability: true,
        forecastCategory: true,
        estimatedAmount: true,
        currency: true,
        closeDate: true,
        account: { select: { id: true, partyGroupName: true } },
        owner: { select: { name: true } },
      },
    }),
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((o) => ({
      id: o.id,
      name: o.name,
      stage: o.stage,
      probability: o.probability,
      forecastCategory: o.forecastCategory,
      amount: o.estimatedAmount.toFixed(2),
      currency: o.currency,
      amountEur: decimalToEur(o.estimatedAmount, o.currency).toFixed(2),
      weightedEur: decimalToEur(o.estimatedAmount, o.currency).mul(o.probability).div(100).toFixed(2),
      closeDate: dateKey(o.closeDate),
      account: o.account,
      owner: o.owner.name,
    })),
  };
}
