import type { Prisma } from "../generated/prisma/client.ts";
import { isAdmin, type Viewer } from "../access/viewer.ts";
import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * Whom the viewer may give an activity on an account of `teamId`: always themselves; a manager
 * also the active people of that team if they manage it, an admin the people of any team. A rep
 * hands work only to themselves: handing it to colleagues is their manager's call.
 */
export function assignableUsersWhere(viewer: Viewer, teamId: string): Prisma.UserWhereInput {
  const mayAssignTeam = isAdmin(viewer) || viewer.managedTeamIds.includes(teamId);
  const self = { id: viewer.id };
  return {
    disabledAt: null,
    OR: mayAssignTeam ? [self, { memberships: { some: { teamId } } }] : [self],
  };
}

/** The viewer's assignable people for one account they can see (NOT_FOUND otherwise). */
export async function assignableUsers(ctx: ServiceContext, accountId: string) {
  const account = await ctx.db.account.findFirst({
    where: { id: accountId, ...accountScope(ctx.viewer) },
    select: { teamId: true },
  });
  if (!account) throw notFound("Account");
  return ctx.db.user.findMany({
    where: assignableUsersWhere(ctx.viewer, account.teamId),
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** Managers of the account's team and admins direct its work; everyone else works their own. */
export function supervises(viewer: Viewer, teamId: string): boolean {
  return isAdmin(viewer) || viewer.managedTeamIds.includes(teamId);
}

/** Whether `userId` is one the viewer may assign for an account of `teamId`. */
export async function mayAssign(tx: Tx, viewer: Viewer, teamId: string, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { id: userId, ...assignableUsersWhere(viewer, teamId) } })) === 1;
}
