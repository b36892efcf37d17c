import { campaignScope, visibleTeamsWhere, visibleUsersWhere } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * The choices behind a list's Owner, Team and Campaign filters: only people, teams and campaigns
 * the viewer can see, so the drop-downs do not leak another desk's names.
 */
export async function listFilterOptions({ db, viewer }: ServiceContext) {
  const teamWhere = visibleTeamsWhere(viewer);
  const userWhere = visibleUsersWhere(viewer);
  const [teams, users, campaigns] = await Promise.all([
    db.team.findMany({ where: teamWhere, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: userWhere,
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
    db.campaign.findMany({
      where: campaignScope(viewer),
      select: { id: true, name: true },
      orderBy: { startDate: "desc" },
      take: 200,
    }),
  ]);
  return { teams, users, campaigns };
}
