import { AppError, AppErrorCode } from "../errors.ts";
import type { Tx } from "../records/mutate.ts";

/**
 * Locks every active admin's row for the rest of the transaction and returns their ids. Every
 * change that can take away an admin (demote, disable) takes this lock first, so two admins
 * demoting each other at the same moment run one after the other: the second finds one admin
 * left and is refused, rather than both seeing two and leaving none. On PostgreSQL a waiter
 * re-checks the rows once the lock is free, so it sees the first one's change.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
  return rows.map((r) => r.id);
}

/**
 * Refuses a change that would leave no active admin, and one made by an admin who was demoted or
 * disabled by someone else while their request waited for the lock.
 */
export async function assertAdminsRemain(
  tx: Tx,
  actorId: string,
  change: { userId: string; losesAdmin: boolean },
): Promise<void> {
  const admins = await lockActiveAdmins(tx);
  if (!admins.includes(actorId))
    throw new AppError(AppErrorCode.FORBIDDEN, "Admins only: your own access changed meanwhile.");
  if (change.losesAdmin && admins.includes(change.userId) && admins.length <= 1)
    throw new AppError(
      AppErrorCode.CONFLICT,
      "This is the last active admin: make someone else an admin first.",
      { field: "role" },
    );
}
