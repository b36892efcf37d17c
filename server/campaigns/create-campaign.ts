import { AppError, AppErrorCode } from "../errors.ts";
import { isManagerOrAdmin } from "../access/viewer.ts";
import { teamForNewRecord } from "../access/team-for-new-record.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateCampaignRequest } from "./campaign-input.ts";

/**
 * A marketing campaign spends a budget, so managers and admins run them; reps see them and work
 * their leads. The campaign belongs to the team chosen (one the manager manages), or their first.
 */
export async function createCampaign(ctx: ServiceContext, req: CreateCampaignRequest) {
  const { viewer } = ctx;
  if (!isManagerOrAdmin(viewer))
    throw new AppError(AppErrorCode.FORBIDDEN, "Only managers and admins create campaigns.");
  const teamId = await teamForNewRecord(ctx, req.teamId, "campaign");
  const { teamId: _chosen, startDate, ...fields } = req;
  return mutate(ctx, {
    action: "campaign.create",
    entityType: "Campaign",
    run: async (tx) => {
      const campaign = await tx.campaign.create({
        data: { ...fields, startDate: startDate!, ownerId: viewer.id, teamId },
        select: {
          id: true,
          name: true,
          channel: true,
          status: true,
          startDate: true,
          endDate: true,
          budget: true,
          currency: true,
          teamId: true,
        },
      });
      return { result: campaign, entityId: campaign.id, after: campaign };
    },
  });
}
