import { Prisma } from "../generated/prisma/client.ts";
import { isAdmin, visibleTeamIds, type Viewer } from "./viewer.ts";

// Who sees which rows, written once as data. Every where-input the services hand to Prisma and
// every SQL fragment the raw queries splice in is generated below from these rules, so the
// two encodings cannot drift apart (visibility-rule.test.ts runs both over one dataset).

/** Everything, or the rows a person owns and the rows booked to some teams (either may be empty). */
export type VisibilityRule = { kind: "all" } | { kind: "some"; ownerId: string | null; teamIds: string[] };

/**
 * Records (accounts, contacts, leads, opportunities, events, campaigns, interactions): a rep sees
 * their own and their teams', a manager also the teams they manage, an admin everything.
 */
export function recordRule(viewer: Viewer): VisibilityRule {
  if (isAdmin(viewer)) return { kind: "all" };
  return { kind: "some", ownerId: viewer.id, teamIds: visibleTeamIds(viewer) };
}

/**
 * Sensitive identifiers (Account PIN, Fiscal Registration No): only the owning team, and the
 * managers of that team, see them whole. Admins are not exempt: they see them as anyone outside.
 */
export function owningTeamRule(viewer: Viewer): VisibilityRule {
  return { kind: "some", ownerId: null, teamIds: visibleTeamIds(viewer) };
}

/**
 * Forecasts and dashboards: a rep their own figures, a manager the teams they manage, an admin
 * everything. A team or person outside it reads as missing (NOT_FOUND), never forbidden.
 */
export type ForecastScope =
  { kind: "all" } | { kind: "teams"; teamIds: string[] } | { kind: "self"; userId: string };

export function forecastScope(viewer: Viewer): ForecastScope {
  if (isAdmin(viewer)) return { kind: "all" };
  if (viewer.role === "MANAGER") return { kind: "teams", teamIds: viewer.managedTeamIds };
  return { kind: "self", userId: viewer.id };
}

export function forecastRule(scope: ForecastScope): VisibilityRule {
  if (scope.kind === "all") return { kind: "all" };
  if (scope.kind === "teams") return { kind: "some", ownerId: null, teamIds: scope.teamIds };
  return { kind: "some", ownerId: scope.userId, teamIds: [] };
}

/** Where a table keeps a rule's two facts. `team` defaults to the row's own "teamId". */
export type RuleColumns<Where> = {
  owner: string;
  team?: (teamIds: string[]) => Where;
};

/** The rule as a Prisma where-input ({} for everything; an empty OR matches nothing). */
export function ruleWhere<Where extends object>(rule: VisibilityRule, columns: RuleColumns<Where>): Where {
  if (rule.kind === "all") return {} as Where;
  const or: object[] = [];
  if (rule.ownerId !== null) or.push({ [columns.owner]: rule.ownerId });
  if (rule.teamIds.length)
    or.push(columns.team ? columns.team(rule.teamIds) : { teamId: { in: rule.teamIds } });
  return { OR: or } as Where;
}

/** The rule applied to one row already in hand. */
export function ruleMatches(
  rule: VisibilityRule,
  row: { ownerId: string | null; teamId: string | null },
): boolean {
  if (rule.kind === "all") return true;
  return (
    (rule.ownerId !== null && row.ownerId === rule.ownerId) ||
    (row.teamId !== null && rule.teamIds.includes(row.teamId))
  );
}

// Ids travel as one text literal cast to uuid[]: PGlite and node-postgres disagree on JS arrays
// as parameters.
export function uuidArrayLiteral(ids: string[]): string {
  return `{${ids.join(",")}}`;
}

function column(alias: string | undefined, name: string): Prisma.Sql {
  return Prisma.raw(alias ? `${alias}."${name}"` : `"${name}"`);
}

/** The rule as SQL over a table with "teamId" and an owner column (qualified by alias when given). */
export function ruleSql(rule: VisibilityRule, columns: { alias?: string; owner: string }): Prisma.Sql {
  if (rule.kind === "all") return Prisma.sql`TRUE`;
  const or: Prisma.Sql[] = [];
  if (rule.ownerId !== null)
    or.push(Prisma.sql`${column(columns.alias, columns.owner)} = ${rule.ownerId}::uuid`);
  if (rule.teamIds.length)
    or.push(Prisma.sql`${column(columns.alias, "teamId")} = ANY(${uuidArrayLiteral(rule.teamIds)}::uuid[])`);
  return or.length ? Prisma.sql`(${Prisma.join(or, " OR ")})` : Prisma.sql`FALSE`;
}

/** Soft-deleted rows are left out of every scope, in both encodings. */
export const live = { deletedAt: null };
export function liveSql(alias?: string): Prisma.Sql {
  return Prisma.sql`${column(alias, "deletedAt")} IS NULL`;
}
