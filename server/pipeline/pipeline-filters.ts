import { visibleTeamsWhere } from "../access/visibility.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * The teams and reps a viewer may filter the board by: a rep their own teams, a manager the
 * teams they manage too, an admin every team. Two queries, whatever the number of teams.
 */
export async function pipelineFilters({ db, viewer }: ServiceContext) {
  const teamWhere = visibleTeamsWhere(viewer);
  const [teams, members] = await Promise.all([
    db.team.findMany({ where: teamWhere, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: { disabledAt: null, memberships: { some: { team: teamWhere } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { teams, reps: members };
}
