import { AppError, AppErrorCode } from "../errors.ts";
import { recordRule } from "./visibility-rule.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * The team a new record belongs to: the one chosen, if it is one of the viewer's (any team for an
 * admin), else the viewer's first. A refusal names the teamId field.
 */
export async function teamForNewRecord(
  { db, viewer }: Pick<ServiceContext, "db" | "viewer">,
  chosen: string | undefined,
  noun: string,
): Promise<string> {
  const rule = recordRule(viewer);
  const allowed = rule.kind === "all" ? null : rule.teamIds;
  const teamId =
    chosen ??
    allowed?.[0] ??
    (await db.team.findFirst({ where: { archivedAt: null }, select: { id: true }, orderBy: { name: "asc" } }))
      ?.id;
  const known =
    teamId &&
    (allowed ? allowed.includes(teamId) : await db.team.count({ where: { id: teamId, archivedAt: null } }));
  if (!teamId || !known)
    throw new AppError(AppErrorCode.BAD_REQUEST, `Choose one of your teams for the ${noun}.`, {
      field: "teamId",
    });
  return teamId;
}
