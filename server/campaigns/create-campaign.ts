import { AppError, AppErrorCode } from "../errors.ts";
import { isAdmin, isManagerOrAdmin, visibleTeamIds } from "../access/viewer.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateCampaignRequest } from "./campaign-input.ts";

/**
 * A marketing campaign spends a budget, so managers and admins run them; reps see them and work
 * their leads. The campaign belongs to the team chosen (one the manager manages), or their first.
 */
export async function createCampaign(ctx: ServiceContext, req: CreateCampaignRequest) {
  const { viewer, db } = ctx;
  if (!isManagerOrAdmin(viewer)) throw new AppError(AppErrorCode.FORBIDDEN, "Only managers and admins create campaigns.");
  const allowed = isAdmin(viewer) ? null : visibleTeamIds(viewer);
  const teamId = req.teamId ?? allowed?.[0] ?? (await db.team.findFirst({ select: { id: true }, orderBy: { name: "asc" } }))?.id;
  const known = teamId && (allowed ? allowed.includes(teamId) : await db.team.count({ where: { id: teamId } }));
  if (!teamId || !known) throw new AppError(AppErrorCode.BAD_REQUEST, "Choose one of your teams for the campaign.");
  const { teamId: _chosen, startDate, ...fields } = req;
  return mutate(ctx, {
    action: "campaign.create",
    entityType: "Campaign",
    run: async (tx) => {
      const campaign = await tx.campaign.create({
        data: { ...fields, startDate: startDate!, ownerId: viewer.id, teamId },
        select: { id: true, name: true, channel: true, status: true, startDate: true, endDate: true, budget: true, currency: true, teamId: true },
      });
      return { result: campaign, entityId: campaign.id, after: campaign };
    },
  });
}
