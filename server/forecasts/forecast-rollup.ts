import { Prisma } from "../generated/prisma/client.ts";
import { decimalToEur } from "./fx-to-eur.ts";

// The forecast arithmetic, free of the database: rep figures (per team the revenue is booked to)
// roll up into teams, teams into the company. A manager's adjustment replaces the figure it
// adjusts from that level up; the unadjusted figure is kept beside it.

const D = Prisma.Decimal;
type Decimal = Prisma.Decimal;

export const ADJUSTABLE = ["PIPELINE", "COMMIT", "BEST_CASE"] as const;
export type AdjustableCategory = (typeof ADJUSTABLE)[number];
/** Which figure each adjustable forecast category adjusts. */
export const ADJUSTED_MEASURE = { PIPELINE: "weighted", COMMIT: "commit", BEST_CASE: "bestCase" } as const;
type AdjustedMeasure = (typeof ADJUSTED_MEASURE)[AdjustableCategory];

export type OppGroup = {
  teamId: string;
  ownerId: string;
  currency: string;
  period: string;
  pipeline: Decimal;
  weighted: Decimal;
  commit: Decimal;
  bestCase: Decimal;
  closedWon: Decimal;
  openCount: number;
  wonCount: number;
};
export type QuotaRow = { userId: string; period: string; amount: Decimal; currency: string };
export type AdjustmentRow = {
  id: string;
  subjectUserId: string | null;
  teamId: string | null;
  period: string;
  category: string;
  amount: Decimal;
  currency: string;
  reason: string;
  adjustedBy: { id: string; name: string };
  createdAt: Date;
};
export type MembershipRow = { userId: string; teamId: string; createdAt: Date };

export type Measures = {
  pipeline: Decimal;
  weighted: Decimal;
  commit: Decimal;
  bestCase: Decimal;
  closedWon: Decimal;
  openCount: number;
  wonCount: number;
};
export type AppliedAdjustment = {
  id: string;
  amount: Decimal;
  reason: string;
  adjustedBy: { id: string; name: string };
  createdAt: Date;
};
export type ForecastNode = {
  kind: "company" | "team" | "rep";
  id: string;
  name: string;
  teamId: string | null;
  unadjusted: Measures;
  adjusted: Record<AdjustedMeasure, Decimal>;
  /** Adjustments made at this level (the newest per category). */
  adjustments: Partial<Record<AdjustableCategory, AppliedAdjustment>>;
  quota: Decimal | null;
  children: ForecastNode[];
};

function zero(): Measures {
  return {
    pipeline: new D(0),
    weighted: new D(0),
    commit: new D(0),
    bestCase: new D(0),
    closedWon: new D(0),
    openCount: 0,
    wonCount: 0,
  };
}

function add(a: Measures, b: Measures): Measures {
  return {
    pipeline: a.pipeline.add(b.pipeline),
    weighted: a.weighted.add(b.weighted),
    commit: a.commit.add(b.commit),
    bestCase: a.bestCase.add(b.bestCase),
    closedWon: a.closedWon.add(b.closedWon),
    openCount: a.openCount + b.openCount,
    wonCount: a.wonCount + b.wonCount,
  };
}

function newestPerKey(
  rows: AdjustmentRow[],
  keyOf: (r: AdjustmentRow) => string | null,
): Map<string, AdjustmentRow> {
  const newest = new Map<string, AdjustmentRow>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const seen = newest.get(key);
    if (
      !seen ||
      r.createdAt > seen.createdAt ||
      (r.createdAt.getTime() === seen.createdAt.getTime() && r.id > seen.id)
    )
      newest.set(key, r);
  }
  return newest;
}

function applied(r: AdjustmentRow): AppliedAdjustment {
  return {
    id: r.id,
    amount: decimalToEur(r.amount, r.currency),
    reason: r.reason,
    adjustedBy: r.adjustedBy,
    createdAt: r.createdAt,
  };
}

function sumQuota(values: (Decimal | null)[]): Decimal | null {
  const present = values.filter((v): v is Decimal => v !== null);
  return present.length ? present.reduce((s, v) => s.add(v), new D(0)) : null;
}

/**
 * A person's home team among the teams shown: where their quota and any adjustment made without a
 * team land. The earliest membership wins; someone in none of them gets the first team they sell in.
 */
export function homeTeams(
  teamIds: string[],
  memberships: MembershipRow[],
  groups: Pick<OppGroup, "teamId" | "ownerId">[],
): Map<string, string> {
  const shown = new Set(teamIds);
  const home = new Map<string, string>();
  const sorted = [...memberships]
    .filter((m) => shown.has(m.teamId))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.teamId.localeCompare(b.teamId));
  for (const m of sorted) if (!home.has(m.userId)) home.set(m.userId, m.teamId);
  for (const g of [...groups].sort((a, b) => teamIds.indexOf(a.teamId) - teamIds.indexOf(b.teamId))) {
    if (shown.has(g.teamId) && !home.has(g.ownerId)) home.set(g.ownerId, g.teamId);
  }
  return home;
}

export type TreeInput = {
  period: string;
  companyName: string;
  /** Teams shown, in display order. */
  teams: { id: string; name: string }[];
  /** Names of everyone who may appear (non-admins). */
  people: Map<string, string>;
  memberships: MembershipRow[];
  /** Only these people get rows (a rep's own view); otherwise every member and seller. */
  onlyPeople?: Set<string>;
  groups: OppGroup[];
  quotas: QuotaRow[];
  adjustments: AdjustmentRow[];
};

/** Company → teams → reps for one period, every figure in EUR. */
export function buildForecastTree(input: TreeInput): ForecastNode {
  const teamIds = input.teams.map((t) => t.id);
  const shown = new Set(teamIds);
  const allowedPerson = (id: string) =>
    input.people.has(id) && (!input.onlyPeople || input.onlyPeople.has(id));
  const groups = input.groups.filter(
    (g) => g.period === input.period && shown.has(g.teamId) && allowedPerson(g.ownerId),
  );
  const home = homeTeams(teamIds, input.memberships, groups);

  // rep rows per team: members first, then anyone who sold into the team
  const rows = new Map<string, Map<string, Measures>>();
  for (const t of teamIds) rows.set(t, new Map());
  for (const m of input.memberships)
    if (shown.has(m.teamId) && allowedPerson(m.userId)) rows.get(m.teamId)!.set(m.userId, zero());
  for (const g of groups) {
    const team = rows.get(g.teamId)!;
    const eur: Measures = {
      pipeline: decimalToEur(g.pipeline, g.currency),
      weighted: decimalToEur(g.weighted, g.currency),
      commit: decimalToEur(g.commit, g.currency),
      bestCase: decimalToEur(g.bestCase, g.currency),
      closedWon: decimalToEur(g.closedWon, g.currency),
      openCount: g.openCount,
      wonCount: g.wonCount,
    };
    team.set(g.ownerId, add(team.get(g.ownerId) ?? zero(), eur));
  }

  const quotaOf = new Map<string, Decimal>();
  for (const q of input.quotas)
    if (q.period === input.period) quotaOf.set(q.userId, decimalToEur(q.amount, q.currency));

  const periodAdjustments = input.adjustments.filter(
    (a) => a.period === input.period && (ADJUSTABLE as readonly string[]).includes(a.category),
  );
  const repAdj = newestPerKey(periodAdjustments, (a) => {
    if (!a.subjectUserId) return null;
    const team = a.teamId ?? home.get(a.subjectUserId);
    return team ? `${team}/${a.subjectUserId}/${a.category}` : null;
  });
  const teamAdj = newestPerKey(periodAdjustments, (a) =>
    a.subjectUserId || !a.teamId ? null : `${a.teamId}/${a.category}`,
  );

  function node(
    kind: ForecastNode["kind"],
    id: string,
    name: string,
    teamId: string | null,
    unadjusted: Measures,
    quota: Decimal | null,
    own: (c: AdjustableCategory) => AdjustmentRow | undefined,
    childAdjusted?: ForecastNode[],
  ): ForecastNode {
    const adjustments: ForecastNode["adjustments"] = {};
    const adjusted = {} as Record<AdjustedMeasure, Decimal>;
    for (const c of ADJUSTABLE) {
      const measure = ADJUSTED_MEASURE[c];
      const a = own(c);
      if (a) adjustments[c] = applied(a);
      adjusted[measure] = a
        ? applied(a).amount
        : childAdjusted
          ? childAdjusted.reduce((s, n) => s.add(n.adjusted[measure]), new D(0))
          : unadjusted[measure];
    }
    return {
      kind,
      id,
      name,
      teamId,
      unadjusted,
      adjusted,
      adjustments,
      quota,
      children: childAdjusted ?? [],
    };
  }

  const teamNodes = input.teams.map((team) => {
    const reps = [...rows.get(team.id)!.entries()]
      .filter(([userId]) => allowedPerson(userId))
      .map(([userId, m]) =>
        node(
          "rep",
          userId,
          input.people.get(userId) ?? "Unknown",
          team.id,
          m,
          home.get(userId) === team.id ? (quotaOf.get(userId) ?? null) : null,
          (c) => repAdj.get(`${team.id}/${userId}/${c}`),
        ),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
    const unadjusted = reps.reduce((s, r) => add(s, r.unadjusted), zero());
    // A rep's own view leaves out the team's adjustment: it is about the whole team.
    const own = (c: AdjustableCategory) => (input.onlyPeople ? undefined : teamAdj.get(`${team.id}/${c}`));
    return node(
      "team",
      team.id,
      team.name,
      team.id,
      unadjusted,
      sumQuota(reps.map((r) => r.quota)),
      own,
      reps,
    );
  });
  const total = teamNodes.reduce((s, t) => add(s, t.unadjusted), zero());
  return node(
    "company",
    "company",
    input.companyName,
    null,
    total,
    sumQuota(teamNodes.map((t) => t.quota)),
    () => undefined,
    teamNodes,
  );
}

/** Closed-won over quota, or null without a quota. */
export function attainment(closedWon: Decimal, quota: Decimal | null): number | null {
  return quota && !quota.isZero() ? closedWon.div(quota).toNumber() : null;
}
