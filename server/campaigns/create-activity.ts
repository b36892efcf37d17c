import { accountScope, campaignScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateActivityRequest } from "./activity-input.ts";
import { mayAssign } from "./assignable-users.ts";

export const activitySelect = {
  id: true,
  campaignId: true,
  accountId: true,
  name: true,
  activityType: true,
  status: true,
  assignedUserId: true,
  dueDate: true,
  completedAt: true,
  description: true,
  version: true,
} as const;

/**
 * An internal campaign activity for an account. Whoever sees both the account and the campaign may
 * add one; it starts Assigned when given to someone the creator may assign, else Unassigned.
 */
export async function createActivity(ctx: ServiceContext, req: CreateActivityRequest) {
  const { viewer } = ctx;
  return mutate(ctx, {
    action: "campaignActivity.create",
    entityType: "CampaignActivity",
    run: async (tx) => {
      const [account, campaign] = await Promise.all([
        tx.account.findFirst({
          where: { id: req.accountId, ...accountScope(viewer) },
          select: { teamId: true },
        }),
        tx.campaign.findFirst({
          where: { id: req.campaignId, ...campaignScope(viewer) },
          select: { status: true },
        }),
      ]);
      if (!account) throw notFound("Account");
      if (!campaign) throw notFound("Campaign");
      if (campaign.status === "COMPLETED" || campaign.status === "ABORTED")
        throw new AppError(AppErrorCode.BAD_REQUEST, "This campaign is closed: choose an open one.", {
          field: "campaignId",
        });
      if (req.assignedUserId && !(await mayAssign(tx, viewer, account.teamId, req.assignedUserId)))
        throw new AppError(AppErrorCode.NOT_FOUND, "Assigned User not found", { field: "assignedUserId" });
      const activity = await tx.campaignActivity.create({
        data: { ...req, status: req.assignedUserId ? "ASSIGNED" : "UNASSIGNED" },
        select: activitySelect,
      });
      return { result: activity, entityId: activity.id, after: activity };
    },
  });
}
