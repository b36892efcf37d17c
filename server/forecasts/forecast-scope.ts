import type { Db } from "../db/create-client.ts";
import type { ForecastScope } from "../access/visibility-rule.ts";
import { notFound } from "../errors.ts";

// The team and person checks behind the forecast and the dashboards. Whose forecast a viewer
// sees (forecastScope) is an access rule: server/access/visibility-rule.ts.

/** The team, checked against the scope: another team's id and a missing id answer alike. */
export async function visibleTeam(
  db: Db,
  scope: ForecastScope,
  teamId: string,
): Promise<{ id: string; name: string }> {
  const allowed = scope.kind === "all" || (scope.kind === "teams" && scope.teamIds.includes(teamId));
  const team = allowed
    ? await db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } })
    : null;
  if (!team) throw notFound("Team");
  return team;
}

/** The person, checked against the scope (and against the team, when one is given). */
export async function visibleUser(
  db: Db,
  scope: ForecastScope,
  userId: string,
  teamId?: string,
): Promise<{ id: string; name: string }> {
  let allowed: boolean;
  if (scope.kind === "self") allowed = userId === scope.userId && !teamId;
  else {
    const teams = teamId ? [teamId] : scope.kind === "teams" ? scope.teamIds : null;
    allowed =
      teams === null
        ? true
        : (await db.teamMembership.count({ where: { userId, teamId: { in: teams } } })) > 0 ||
          (await db.opportunity.count({
            where: { ownerId: userId, teamId: { in: teams }, deletedAt: null },
          })) > 0;
  }
  const user = allowed
    ? await db.user.findFirst({
        where: { id: userId, role: { not: "ADMIN" } },
        select: { id: true, name: true },
      })
    : null;
  if (!user) throw notFound("Person");
  return user;
}
