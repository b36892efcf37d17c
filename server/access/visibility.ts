import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "./viewer.ts";
import {
  forecastRule,
  live,
  liveSql,
  owningTeamRule,
  recordRule,
  ruleMatches,
  ruleSql,
  ruleWhere,
  type ForecastScope,
  type RuleColumns,
} from "./visibility-rule.ts";

// One where-builder per entity, each generated from recordRule (visibility-rule.ts). Reps see
// their own records and their teams'; managers also the teams they manage; admins everything.
// Soft-deleted rows are left out unless asked for.

const OWNED = { owner: "ownerId" } as const;
const ASSIGNED = { owner: "assignedUserId" } as const;

function owned<Where extends object>(viewer: Viewer): Where {
  return { ...live, ...ruleWhere<Where>(recordRule(viewer), OWNED) };
}

export function accountScope(viewer: Viewer): Prisma.AccountWhereInput {
  return owned(viewer);
}

export function contactScope(viewer: Viewer): Prisma.ContactWhereInput {
  return owned(viewer);
}

export function leadScope(viewer: Viewer): Prisma.LeadWhereInput {
  return owned(viewer);
}

export function opportunityScope(viewer: Viewer): Prisma.OpportunityWhereInput {
  return owned(viewer);
}

export function eventScope(viewer: Viewer): Prisma.EventWhereInput {
  return owned(viewer);
}

export function campaignScope(viewer: Viewer): Prisma.CampaignWhereInput {
  return owned(viewer);
}

/** Interactions belong to the person they are assigned to, and to their team. */
export function interactionScope(viewer: Viewer): Prisma.InteractionWhereInput {
  return { ...live, ...ruleWhere<Prisma.InteractionWhereInput>(recordRule(viewer), ASSIGNED) };
}

/** Records that hang off an account (agreements, contracts, applications, links) follow it. */
export function accountChildScope(viewer: Viewer): { deletedAt: null; account: Prisma.AccountWhereInput } {
  return { ...live, account: accountScope(viewer) };
}

/** accountScope … campaignScope as SQL, for raw queries over an owned table (alias it when the query joins). */
export function ownedScopeSql(viewer: Viewer, alias?: string): Prisma.Sql {
  return Prisma.sql`${liveSql(alias)} AND ${ruleSql(recordRule(viewer), { alias, ...OWNED })}`;
}

/** interactionScope as SQL. */
export function interactionScopeSql(viewer: Viewer, alias?: string): Prisma.Sql {
  return Prisma.sql`${liveSql(alias)} AND ${ruleSql(recordRule(viewer), { alias, ...ASSIGNED })}`;
}

/** Teams the viewer may see and filter by: their own and the ones they manage; an admin all. */
export function visibleTeamsWhere(viewer: Viewer): Prisma.TeamWhereInput {
  const rule = recordRule(viewer);
  return rule.kind === "all" ? {} : { id: { in: rule.teamIds } };
}

/** People the viewer may see and filter by: themselves and the members of their teams; an admin all. */
export function visibleUsersWhere(viewer: Viewer): Prisma.UserWhereInput {
  return ruleWhere<Prisma.UserWhereInput>(recordRule(viewer), {
    owner: "id",
    team: (teamIds) => ({ memberships: { some: { teamId: { in: teamIds } } } }),
  });
}

/** Whether the viewer is in the team that owns a record: sensitive identifiers are masked otherwise. */
export function inOwningTeam(viewer: Viewer, teamId: string): boolean {
  return ruleMatches(owningTeamRule(viewer), { ownerId: null, teamId });
}

/** inOwningTeam as SQL over a table's "teamId". */
export function owningTeamSql(viewer: Viewer, alias?: string): Prisma.Sql {
  return ruleSql(owningTeamRule(viewer), { alias, owner: "ownerId" });
}

/** A forecast scope (forecastScope) as SQL over a table with "teamId" and an owner column. */
export function forecastScopeSql(scope: ForecastScope, alias: string, owner = "ownerId"): Prisma.Sql {
  return ruleSql(forecastRule(scope), { alias, owner });
}

/** A forecast scope as a Prisma where-input; `team` for tables that reach a team another way. */
export function forecastScopeWhere<Where extends object>(
  scope: ForecastScope,
  columns: RuleColumns<Where>,
): Where {
  return ruleWhere(forecastRule(scope), columns);
}
