import type { z } from "zod";
import type { Viewer } from "../access/viewer.ts";
import { accountScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import type { CampaignActivityStatus } from "../generated/prisma/enums.ts";
import { assertVersion, mutate, type Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { ZAssignActivityRequestSchema, ZMoveActivityRequestSchema } from "./activity-input.ts";
import { ACTIVITY_MOVES, canMove, refusedMoveMessage, type ActivityMove } from "./activity-transitions.ts";
import { mayAssign, supervises } from "./assignable-users.ts";
import { activitySelect } from "./create-activity.ts";

/** An activity on an account the viewer sees; any other is NOT_FOUND, like a missing one. */
async function visibleActivity(tx: Tx, viewer: Viewer, id: string) {
  const activity = await tx.campaignActivity.findFirst({
    where: { id, deletedAt: null, account: accountScope(viewer) },
    select: { ...activitySelect, account: { select: { teamId: true } } },
  });
  if (!activity) throw notFound("Campaign activity");
  return activity;
}

const forbidden = (message: string) => new AppError(AppErrorCode.FORBIDDEN, message);

/**
 * Moves the activity only if it is still at the version the caller saw and in a status the move
 * starts from: one statement, so of racing calls exactly one wins and the rest get a CONFLICT.
 */
async function claim(
  tx: Tx,
  activity: { id: string; status: CampaignActivityStatus; version: number },
  version: number,
  move: ActivityMove,
  data: { assignedUserId?: string | null; completedAt?: Date | null } = {},
) {
  if (!canMove(activity.status, move))
    throw new AppError(AppErrorCode.CONFLICT, refusedMoveMessage(activity.status, move));
  assertVersion(activity, version, "Campaign activity");
  const { from, to } = ACTIVITY_MOVES[move];
  const { count } = await tx.campaignActivity.updateMany({
    where: { id: activity.id, version, status: { in: [...from] } },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (count !== 1)
    throw new AppError(
      AppErrorCode.CONFLICT,
      "This activity was changed by someone else. Review their changes and try again.",
    );
  return tx.campaignActivity.findUniqueOrThrow({ where: { id: activity.id }, select: activitySelect });
}

/** Start, complete or cancel: the assigned user, or a manager of the account's team (or an admin). */
export async function moveActivity(ctx: ServiceContext, input: z.input<typeof ZMoveActivityRequestSchema>) {
  const { id, version, move } = ZMoveActivityRequestSchema.parse(input);
  return mutate(ctx, {
    action: `campaignActivity.${move}`,
    entityType: "CampaignActivity",
    run: async (tx) => {
      const before = await visibleActivity(tx, ctx.viewer, id);
      const own = before.assignedUserId === ctx.viewer.id;
      if (!own && !supervises(ctx.viewer, before.account.teamId))
        throw forbidden("Only the assigned user or a manager of the account's team can do this.");
      const after = await claim(tx, before, version, move, {
        completedAt: move === "complete" ? new Date() : undefined,
      });
      return {
        result: after,
        entityId: id,
        before: { status: before.status },
        after: { status: after.status },
      };
    },
  });
}

/**
 * Gives the activity to someone the viewer may assign (assignable-users.ts), or takes it back to
 * Unassigned. Taking work off a colleague is for the assignee themselves or a manager of the team.
 */
export async function assignActivity(
  ctx: ServiceContext,
  input: z.input<typeof ZAssignActivityRequestSchema>,
) {
  const { id, version, assignedUserId } = ZAssignActivityRequestSchema.parse(input);
  const { viewer } = ctx;
  return mutate(ctx, {
    action: assignedUserId ? "campaignActivity.assign" : "campaignActivity.unassign",
    entityType: "CampaignActivity",
    run: async (tx) => {
      const before = await visibleActivity(tx, viewer, id);
      const teamId = before.account.teamId;
      const heldByOther = before.assignedUserId !== null && before.assignedUserId !== viewer.id;
      if (heldByOther && !supervises(viewer, teamId))
        throw forbidden("This activity is assigned to someone else: ask a manager of the account's team.");
      if (assignedUserId && !(await mayAssign(tx, viewer, teamId, assignedUserId)))
        throw new AppError(AppErrorCode.NOT_FOUND, "Assigned User not found", { field: "assignedUserId" });
      const after = await claim(tx, before, version, assignedUserId ? "assign" : "unassign", {
        assignedUserId,
      });
      return {
        result: after,
        entityId: id,
        before: { status: before.status, assignedUserId: before.assignedUserId },
        after: { status: after.status, assignedUserId: after.assignedUserId },
      };
    },
  });
}
