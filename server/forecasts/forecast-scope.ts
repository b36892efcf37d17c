import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import { isAdmin, type Viewer } from "../access/viewer.ts";
import { notFound } from "../errors.ts";

// Whose forecast a viewer sees, applied to every query behind the forecast and the dashboards:
// a rep their own opportunities, a manager the opportunities booked to the teams they manage, an
// admin everything. A team or person outside that reads as missing (NOT_FOUND), never forbidden.

export type ForecastScope =
  { kind: "all" } | { kind: "teams"; teamIds: string[] } | { kind: "self"; userId: string };

export function forecastScope(viewer: Viewer): ForecastScope {
  if (isAdmin(viewer)) return { kind: "all" };
  if (viewer.role === "MANAGER") return { kind: "teams", teamIds: viewer.managedTeamIds };
  return { kind: "self", userId: viewer.id };
}

function uuidList(ids: string[]): Prisma.Sql {
  return ids.length ? Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`)) : Prisma.sql`NULL::uuid`;
}

/** The scope as SQL over a table with "teamId" and an owner column (alias.column). */
export function scopeSql(scope: ForecastScope, alias: string, ownerColumn = "ownerId"): Prisma.Sql {
  const team = Prisma.raw(`${alias}."teamId"`);
  const owner = Prisma.raw(`${alias}."${ownerColumn}"`);
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "teams") return Prisma.sql`${team} IN (${uuidList(scope.teamIds)})`;
  return Prisma.sql`${owner} = ${scope.userId}::uuid`;
}

export function inList(column: string, ids: string[]): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(column)} IN (${uuidList(ids)})`;
}

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
