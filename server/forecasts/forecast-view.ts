import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { ZRecordId } from "../records/record-id.ts";
import { isAdmin } from "../access/viewer.ts";
import type { ServiceContext } from "../service-context.ts";
import { forecastScope } from "../access/visibility-rule.ts";
import { visibleTeam, visibleUser } from "./forecast-scope.ts";
import { loadForecastInputs } from "./forecast-data.ts";
import {
  addPeriods,
  dateKey,
  periodFromKey,
  periodLabel,
  periodStartAt,
  ZDateKey,
  ZPeriodType,
  ZTimeZone,
  type PeriodType,
} from "./forecast-periods.ts";
import {
  ADJUSTABLE,
  attainment,
  buildForecastTree,
  type AdjustableCategory,
  type ForecastNode,
  type Measures,
} from "./forecast-rollup.ts";
import { REPORTING_CURRENCY } from "./fx-to-eur.ts";

export const ZForecastViewRequestSchema = z.object({
  periodType: ZPeriodType.default("QUARTER"),
  /** Any date in the period (YYYY-MM-DD); the current period in `timeZone` when left out. */
  periodStart: ZDateKey.optional(),
  timeZone: ZTimeZone,
  teamId: ZRecordId.optional(),
  userId: ZRecordId.optional(),
});
export type ForecastViewRequest = z.input<typeof ZForecastViewRequestSchema>;

const money = (d: Prisma.Decimal) => d.toFixed(2);

export type FiguresOut = {
  pipeline: string;
  weighted: string;
  commit: string;
  bestCase: string;
  closedWon: string;
  openCount: number;
  wonCount: number;
  quota: string | null;
  attainment: number | null;
  adjusted: { weighted: string; commit: string; bestCase: string };
  /** Adjustments made at this level, newest per category. */
  adjustments: Partial<
    Record<
      AdjustableCategory,
      { id: string; amount: string; reason: string; adjustedBy: string; createdAt: Date }
    >
  >;
};
export type ForecastRowOut = {
  kind: "team" | "rep";
  id: string;
  name: string;
  teamId: string | null;
  figures: FiguresOut;
};

function figures(n: Pick<ForecastNode, "unadjusted" | "adjusted" | "adjustments" | "quota">): FiguresOut {
  const u: Measures = n.unadjusted;
  const adjustments: FiguresOut["adjustments"] = {};
  for (const c of ADJUSTABLE) {
    const a = n.adjustments[c];
    if (a)
      adjustments[c] = {
        id: a.id,
        amount: money(a.amount),
        reason: a.reason,
        adjustedBy: a.adjustedBy.name,
        createdAt: a.createdAt,
      };
  }
  return {
    pipeline: money(u.pipeline),
    weighted: money(u.weighted),
    commit: money(u.commit),
    bestCase: money(u.bestCase),
    closedWon: money(u.closedWon),
    openCount: u.openCount,
    wonCount: u.wonCount,
    quota: n.quota ? money(n.quota) : null,
    attainment: attainment(u.closedWon, n.quota),
    adjusted: {
      weighted: money(n.adjusted.weighted),
      commit: money(n.adjusted.commit),
      bestCase: money(n.adjusted.bestCase),
    },
    adjustments,
  };
}

function row(n: ForecastNode): ForecastRowOut {
  return {
    kind: n.kind === "team" ? "team" : "rep",
    id: n.id,
    name: n.name,
    teamId: n.teamId,
    figures: figures(n),
  };
}

/** A person's figures over several teams: the sum, with one row per team beneath. */
function combine(nodes: (ForecastNode & { teamName?: string })[], id: string, name: string): ForecastNode {
  if (nodes.length === 1) return nodes[0]!;
  const sum = (pick: (n: ForecastNode) => Prisma.Decimal) =>
    nodes.reduce((s, n) => s.add(pick(n)), new Prisma.Decimal(0));
  const quotas = nodes.map((n) => n.quota).filter((q): q is Prisma.Decimal => q !== null);
  return {
    kind: "rep",
    id,
    name,
    teamId: null,
    unadjusted: {
      pipeline: sum((n) => n.unadjusted.pipeline),
      weighted: sum((n) => n.unadjusted.weighted),
      commit: sum((n) => n.unadjusted.commit),
      bestCase: sum((n) => n.unadjusted.bestCase),
      closedWon: sum((n) => n.unadjusted.closedWon),
      openCount: nodes.reduce((s, n) => s + n.unadjusted.openCount, 0),
      wonCount: nodes.reduce((s, n) => s + n.unadjusted.wonCount, 0),
    },
    adjusted: {
      weighted: sum((n) => n.adjusted.weighted),
      commit: sum((n) => n.adjusted.commit),
      bestCase: sum((n) => n.adjusted.bestCase),
    },
    adjustments: {},
    quota: quotas.length ? quotas.reduce((s, q) => s.add(q), new Prisma.Decimal(0)) : null,
    children: nodes.map((n) => ({ ...n, kind: "team" as const, name: n.teamName ?? n.name })),
  };
}

export function resolvePeriod(
  type: PeriodType,
  key: string | undefined,
  timeZone: string,
  now = new Date(),
): Date {
  return key ? periodFromKey(key, type) : periodStartAt(now, type, timeZone);
}

/**
 * The forecast at one level for one period: the company (for a manager, their teams), a team, or
 * a person (in one team or across them), with the level beneath as rows.
 */
export async function forecastView(
  { db, viewer }: ServiceContext,
  input: ForecastViewRequest,
  now = new Date(),
) {
  const req = ZForecastViewRequestSchema.parse(input);
  const scope = forecastScope(viewer);
  const start = resolvePeriod(req.periodType, req.periodStart, req.timeZone, now);
  const end = addPeriods(start, req.periodType, 1);

  // A rep's forecast is their own: with no person asked for, it is theirs.
  const userId = req.userId ?? (scope.kind === "self" ? viewer.id : undefined);
  const team = req.teamId ? await visibleTeam(db, scope, req.teamId) : null;
  const person = userId ? await visibleUser(db, scope, userId, req.teamId) : null;

  const inputs = await loadForecastInputs(db, scope, req.periodType, start, end);
  const tree = buildForecastTree({ ...inputs, period: dateKey(start) });

  let node: ForecastNode;
  const breadcrumb: { label: string; teamId?: string; userId?: string }[] = [];
  if (scope.kind !== "self") breadcrumb.push({ label: tree.name });
  if (person) {
    const teamNodes = tree.children.filter((t) => !team || t.id === team.id);
    const repNodes = teamNodes.flatMap((t) =>
      t.children.filter((r) => r.id === person.id).map((r) => ({ ...r, teamName: t.name })),
    );
    if (team) breadcrumb.push({ label: team.name, teamId: team.id });
    node = repNodes.length
      ? combine(repNodes, person.id, person.name)
      : {
          kind: "rep",
          id: person.id,
          name: person.name,
          teamId: team?.id ?? null,
          unadjusted: zeroMeasures(),
          adjusted: {
            weighted: new Prisma.Decimal(0),
            commit: new Prisma.Decimal(0),
            bestCase: new Prisma.Decimal(0),
          },
          adjustments: {},
          quota: null,
          children: [],
        };
    breadcrumb.push({ label: person.name, teamId: team?.id, userId: person.id });
  } else if (team) {
    node = tree.children.find((t) => t.id === team.id)!;
    breadcrumb.push({ label: team.name, teamId: team.id });
  } else {
    node = tree;
  }

  return {
    periodType: req.periodType,
    periodStart: dateKey(start),
    periodLabel: periodLabel(start, req.periodType),
    timeZone: req.timeZone,
    currency: REPORTING_CURRENCY,
    level: node.kind,
    node: { id: node.id, name: node.name, teamId: node.teamId, figures: figures(node) },
    rows: node.children.map(row),
    breadcrumb,
    canAdjust:
      (isAdmin(viewer) || viewer.role === "MANAGER") &&
      node.kind !== "company" &&
      (node.kind === "team" || node.teamId !== null),
  };
}

function zeroMeasures(): Measures {
  const z = new Prisma.Decimal(0);
  return { pipeline: z, weighted: z, commit: z, bestCase: z, closedWon: z, openCount: 0, wonCount: 0 };
}

export const ZForecastTrendRequestSchema = z.object({
  periodType: ZPeriodType.default("QUARTER"),
  timeZone: ZTimeZone,
  /** Periods before and after the current one. */
  back: z.number().int().min(0).max(12).default(3),
  ahead: z.number().int().min(0).max(12).default(1),
});

/** The viewer's whole scope over consecutive periods: quota, closed-won, commit, weighted. */
export async function forecastTrend(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZForecastTrendRequestSchema>,
  now = new Date(),
) {
  const req = ZForecastTrendRequestSchema.parse(input);
  const scope = forecastScope(viewer);
  const current = periodStartAt(now, req.periodType, req.timeZone);
  const from = addPeriods(current, req.periodType, -req.back);
  const to = addPeriods(current, req.periodType, req.ahead + 1);
  const inputs = await loadForecastInputs(db, scope, req.periodType, from, to);
  const periods = Array.from({ length: req.back + req.ahead + 1 }, (_, i) =>
    addPeriods(from, req.periodType, i),
  );
  return {
    currency: REPORTING_CURRENCY,
    current: dateKey(current),
    periods: periods.map((p) => {
      const tree = buildForecastTree({ ...inputs, period: dateKey(p) });
      return { periodStart: dateKey(p), label: periodLabel(p, req.periodType), ...figures(tree) };
    }),
  };
}
