import type { Prisma } from "../generated/prisma/client.ts";
import { isAdmin, visibleTeamIds, type Viewer } from "./viewer.ts";

// One where-builder per entity. Reps see their own records and their teams'; managers also the
// teams they manage; admins everything. Soft-deleted rows are left out unless asked for.
type OwnedScope = { OR: [{ ownerId: string }, { teamId: { in: string[] } }] } | Record<string, never>;

function ownedScope(viewer: Viewer): OwnedScope {
  if (isAdmin(viewer)) return {};
  return { OR: [{ ownerId: viewer.id }, { teamId: { in: visibleTeamIds(viewer) } }] };
}

const live = { deletedAt: null };

export function accountScope(viewer: Viewer): Prisma.AccountWhereInput {
  return { ...live, ...ownedScope(viewer) };
}

export function contactScope(viewer: Viewer): Prisma.ContactWhereInput {
  return { ...live, ...ownedScope(viewer) };
}

export function leadScope(viewer: Viewer): Prisma.LeadWhereInput {
  return { ...live, ...ownedScope(viewer) };
}

export function opportunityScope(viewer: Viewer): Prisma.OpportunityWhereInput {
  return { ...live, ...ownedScope(viewer) };
}

export function eventScope(viewer: Viewer): Prisma.EventWhereInput {
  return { ...live, ...ownedScope(viewer) };
}

export function campaignScope(viewer: Viewer): Prisma.CampaignWhereInput {
  return { ...live, ...ownedScope(viewer) };
}

export function interactionScope(viewer: Viewer): Prisma.InteractionWhereInput {
  if (isAdmin(viewer)) return live;
  return { ...live, OR: [{ assignedUserId: viewer.id }, { teamId: { in: visibleTeamIds(viewer) } }] };
}

/** Records that hang off an account (agreements, contracts, applications, links) follow it. */
export function accountChildScope(viewer: Viewer): { deletedAt: null; account: Prisma.AccountWhereInput } {
  return { ...live, account: accountScope(viewer) };
}

/** Whether the viewer is in the team that owns a record: sensitive identifiers are masked otherwise. */
export function inOwningTeam(viewer: Viewer, teamId: string): boolean {
  return visibleTeamIds(viewer).includes(teamId);
}
