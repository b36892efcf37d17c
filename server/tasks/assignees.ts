import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import type { Tx } from "../records/mutate.ts";

/**
 * Whom the viewer may give a task to: themselves always; a rep, anyone in their own teams; a
 * manager, anyone in the teams they manage; an admin, anyone. Disabled users get no new work.
 */
export function assignableUsersWhere(viewer: Viewer): Prisma.UserWhereInput {
  if (viewer.role === "ADMIN") return { disabledAt: null };
  const teamIds = viewer.role === "MANAGER" ? viewer.managedTeamIds : viewer.teamIds;
  return {
    disabledAt: null,
    OR: [{ id: viewer.id }, { memberships: { some: { teamId: { in: teamIds } } } }],
  };
}

/** The people the task form offers, the viewer first. */
export async function assignableUsers(ctx: ServiceContext) {
  const users = await ctx.db.user.findMany({
    where: assignableUsersWhere(ctx.viewer),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
  const me = (u: { id: string }) => u.id === ctx.viewer.id;
  return [...users.filter(me), ...users.filter((u) => !me(u))].map((u) => ({ ...u, me: me(u) }));
}

/**
 * Refuses an assignee outside the viewer's reach with the same answer as an unknown id, so the
 * form cannot be used to find out who exists in other teams.
 */
export async function assertAssignable(tx: Tx, viewer: Viewer, userId: string): Promise<void> {
  const found = await tx.user.findFirst({
    where: { AND: [{ id: userId }, assignableUsersWhere(viewer)] },
    select: { id: true },
  });
  if (!found)
    throw new AppError(AppErrorCode.NOT_FOUND, "No colleague you can assign tasks to has this id.", {
      field: "assigneeId",
    });
}
