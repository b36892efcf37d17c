import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { forecastScopeWhere } from "../access/visibility.ts";
import { forecastScope, type ForecastScope } from "../access/visibility-rule.ts";
import { forecastTrend, forecastView } from "../forecasts/forecast-view.ts";
import {
  addPeriods,
  dateKey,
  localDay,
  periodStartAt,
  ZTimeZone,
  zonedMidnight,
} from "../forecasts/forecast-periods.ts";
import { REPORTING_CURRENCY } from "../forecasts/fx-to-eur.ts";
import { interactionsByRepAndChannel, pipelineByStage, winRates } from "./dashboard-queries.ts";
import { myTasks } from "../tasks/my-tasks.ts";

export const ZDashboardRequestSchema = z.object({ timeZone: ZTimeZone });

function daysAhead(now: Date, timeZone: string, days: number): Date {
  const today = localDay(now, timeZone);
  const end = new Date(today.getTime() + (days + 1) * 86_400_000);
  return zonedMidnight(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate(), timeZone);
}

// Tasks have no team of their own: a manager's are those assigned to members of the teams they manage.
function taskScope(scope: ForecastScope): Prisma.TaskWhereInput {
  return forecastScopeWhere<Prisma.TaskWhereInput>(scope, {
    owner: "assigneeId",
    team: (teamIds) => ({ assignee: { memberships: { some: { teamId: { in: teamIds } } } } }),
  });
}

function plannedScope(scope: ForecastScope): Prisma.InteractionWhereInput {
  return forecastScopeWhere(scope, { owner: "assignedUserId" });
}

function oppScope(scope: ForecastScope): Prisma.OpportunityWhereInput {
  return forecastScopeWhere(scope, { owner: "ownerId" });
}

/** Tasks, planned interactions and opportunity next steps due by `until` (overdue included). */
async function activitiesDue(ctx: ServiceContext, scope: ForecastScope, until: Date, now: Date) {
  const [tasks, planned, nextSteps] = await Promise.all([
    ctx.db.task.findMany({
      where: {
        ...taskScope(scope),
        status: "OPEN",
        dueAt: { lt: until },
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        type: true,
        title: true,
        dueAt: true,
        account: { select: { id: true, partyGroupName: true } },
        assignee: { select: { name: true } },
      },
    }),
    ctx.db.interaction.findMany({
      where: {
        ...plannedScope(scope),
        deletedAt: null,
        status: "PLANNED",
        planStartAt: { lt: until },
      },
      orderBy: [{ planStartAt: "asc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        name: true,
        channel: true,
        planStartAt: true,
        account: { select: { id: true, partyGroupName: true } },
        assignedUser: { select: { name: true } },
      },
    }),
    ctx.db.opportunity.findMany({
      where: {
        ...oppScope(scope),
        deletedAt: null,
        stage: { notIn: ["CLOSED_WON", "CLOSED_LOST"] },
        nextStepDate: { lt: until },
      },
      orderBy: [{ nextStepDate: "asc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        name: true,
        nextStep: true,
        nextStepDate: true,
        account: { select: { id: true, partyGroupName: true } },
        owner: { select: { name: true } },
      },
    }),
  ]);
  const items = [
    ...tasks.map((t) => ({
      id: t.id,
      kind: t.type === "CALL_BACK" ? "Call-back" : "Task",
      title: t.title,
      due: t.dueAt!,
      who: t.assignee.name,
      account: t.account,
      href: t.account ? `/accounts/${t.account.id}` : null,
    })),
    ...planned.map((i) => ({
      id: i.id,
      kind: i.channel === "PHONE" ? "Call-back" : "Planned interaction",
      title: i.name,
      due: i.planStartAt!,
      who: i.assignedUser.name,
      account: i.account,
      href: `/accounts/${i.account.id}/timeline?open=${i.id}`,
    })),
    ...nextSteps.map((o) => ({
      id: o.id,
      kind: "Next step",
      title: o.nextStep ? `${o.nextStep} · ${o.name}` : o.name,
      due: o.nextStepDate!,
      who: o.owner.name,
      account: o.account,
      href: `/opportunities/${o.id}`,
    })),
  ].sort((a, b) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id));
  return items.map((i) => ({ ...i, overdue: i.due < now }));
}

/** The manager's dashboard (admins see the whole floor): every figure scoped on the server. */
export async function managerDashboard(
  ctx: ServiceContext,
  input: z.input<typeof ZDashboardRequestSchema>,
  now = new Date(),
) {
  const req = ZDashboardRequestSchema.parse(input);
  const scope = forecastScope(ctx.viewer);
  const quarter = periodStartAt(now, "QUARTER", req.timeZone);
  const since = zonedMidnight(
    ...ymd(new Date(localDay(now, req.timeZone).getTime() - 89 * 86_400_000)),
    req.timeZone,
  );
  const [stages, trend, wins, interactions, due] = await Promise.all([
    pipelineByStage(ctx.db, scope),
    forecastTrend(ctx, { periodType: "QUARTER", timeZone: req.timeZone, back: 3, ahead: 1 }, now),
    winRates(ctx.db, scope, "QUARTER", addPeriods(quarter, "QUARTER", -3), 4),
    interactionsByRepAndChannel(ctx.db, scope, since, now),
    activitiesDue(ctx, scope, daysAhead(now, req.timeZone, 7), now),
  ]);
  const won = wins.reduce((s, w) => s + w.won, 0);
  const lost = wins.reduce((s, w) => s + w.lost, 0);
  const wonAmount = wins.reduce((s, w) => s + Number(w.wonAmount), 0);
  return {
    currency: REPORTING_CURRENCY,
    scopeLabel: scope.kind === "all" ? "Whole floor" : scope.kind === "teams" ? "Your teams" : "You",
    pipelineByStage: stages,
    forecastTrend: trend.periods,
    currentPeriod: trend.current,
    winRates: wins,
    winRate: won + lost ? won / (won + lost) : null,
    averageDeal: won ? (wonAmount / won).toFixed(2) : null,
    interactionsSince: dateKey(localDay(since, req.timeZone)),
    interactions,
    activitiesDue: due,
  };
}

function ymd(d: Date): [number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

/** The rep's dashboard: my pipeline, my quota attainment, my call-backs and next steps due. */
export async function repDashboard(
  ctx: ServiceContext,
  input: z.input<typeof ZDashboardRequestSchema>,
  now = new Date(),
) {
  const req = ZDashboardRequestSchema.parse(input);
  const scope: ForecastScope = { kind: "self", userId: ctx.viewer.id };
  const selfCtx = { ...ctx, viewer: { ...ctx.viewer, role: "REP" as const } };
  const until = daysAhead(now, req.timeZone, 14);
  const [stages, quarter, month, trend, callBacks, nextSteps] = await Promise.all([
    pipelineByStage(ctx.db, scope),
    forecastView(selfCtx, { periodType: "QUARTER", timeZone: req.timeZone, userId: ctx.viewer.id }, now),
    forecastView(selfCtx, { periodType: "MONTH", timeZone: req.timeZone, userId: ctx.viewer.id }, now),
    forecastTrend(selfCtx, { periodType: "QUARTER", timeZone: req.timeZone, back: 3, ahead: 0 }, now),
    // The same call-backs as /tasks, through the same service; only the window differs.
    myTasks(ctx, { type: "CALL_BACK", dueBefore: until, limit: 50 }, now),
    ctx.db.opportunity.findMany({
      where: {
        ownerId: ctx.viewer.id,
        deletedAt: null,
        stage: { notIn: ["CLOSED_WON", "CLOSED_LOST"] },
        nextStepDate: { lt: new Date(localDay(now, req.timeZone).getTime() + 15 * 86_400_000) },
      },
      orderBy: [{ nextStepDate: "asc" }, { id: "asc" }],
      take: 25,
      select: {
        id: true,
        name: true,
        stage: true,
        nextStep: true,
        nextStepDate: true,
        estimatedAmount: true,
        currency: true,
        account: { select: { id: true, partyGroupName: true } },
      },
    }),
  ]);
  const today = localDay(now, req.timeZone);
  return {
    currency: REPORTING_CURRENCY,
    pipelineByStage: stages,
    quarter: { label: quarter.periodLabel, periodStart: quarter.periodStart, ...quarter.node.figures },
    month: { label: month.periodLabel, periodStart: month.periodStart, ...month.node.figures },
    attainmentTrend: trend.periods,
    callBacks: callBacks.map((t) => ({
      id: t.id,
      kind: "Call-back",
      title: t.title,
      due: t.dueAt!,
      who: ctx.viewer.name,
      account: t.account,
      href: t.link?.href ?? "/tasks",
      overdue: t.overdue,
    })),
    nextSteps: nextSteps.map((o) => ({
      id: o.id,
      name: o.name,
      stage: o.stage,
      nextStep: o.nextStep,
      nextStepDate: dateKey(o.nextStepDate!),
      overdue: o.nextStepDate! < today,
      amount: o.estimatedAmount.toFixed(2),
      currency: o.currency,
      account: o.account,
    })),
  };
}
