import type { DbClient } from "./insert-in-chunks.ts";
import { createUser } from "./users.ts";

/**
 * Fills in the owner and team a test left out, the way the app would: from the record's account
 * when there is one, else from the owner's first team, else a new rep in a new (or given) team.
 */
export async function resolveOwnerAndTeam(
  db: DbClient,
  given: { ownerId?: string; teamId?: string; accountId?: string | null },
): Promise<{ ownerId: string; teamId: string }> {
  let { ownerId, teamId } = given;
  if ((!ownerId || !teamId) && given.accountId) {
    const account = await db.account.findUniqueOrThrow({
      where: { id: given.accountId },
      select: { ownerId: true, teamId: true },
    });
    ownerId ??= account.ownerId;
    teamId ??= account.teamId;
  }
  if (ownerId && !teamId) {
    const membership = await db.teamMembership.findFirst({
      where: { userId: ownerId },
      select: { teamId: true },
    });
    if (!membership) throw new Error("the owner belongs to no team: pass teamId");
    teamId = membership.teamId;
  }
  if (!ownerId) {
    const owner = await createUser(db, { role: "REP", teamIds: teamId ? [teamId] : undefined });
    ownerId = owner.id;
    teamId ??= owner.teamIds[0];
  }
  return { ownerId, teamId: teamId as string };
}
