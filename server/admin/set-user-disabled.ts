import type { z } from "zod";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import { ZSetUserDisabledRequestSchema } from "./user-input.ts";
import { userSnapshot } from "./user-snapshot.ts";
import { assertAdminsRemain } from "./last-admin-guard.ts";

/**
 * Disables a user (a leaver) or enables them again. Disabling revokes every session of theirs in
 * the same transaction: each request checks its session row (server/auth/session-store.ts), so the
 * next one from any of their browsers gets 401, and enabling them later does not bring the old
 * sessions back. Their pending password-reset links die too.
 */
export async function setUserDisabled(
  ctx: ServiceContext,
  input: z.input<typeof ZSetUserDisabledRequestSchema>,
) {
  const v = ZSetUserDisabledRequestSchema.parse(input);
  if (v.disabled && v.id === ctx.viewer.id)
    throw new AppError(AppErrorCode.BAD_REQUEST, "You cannot disable your own account.");
  return mutate(ctx, {
    action: v.disabled ? "disable" : "enable",
    entityType: "User",
    run: async (tx) => {
      await assertAdminsRemain(tx, ctx.viewer.id, { userId: v.id, losesAdmin: v.disabled });
      const before = await userSnapshot(tx, v.id);
      const now = new Date();
      // Conditional on the current state, so of two racing calls one changes it and one finds it done.
      const { count } = await tx.user.updateMany({
        where: { id: v.id, disabledAt: v.disabled ? null : { not: null } },
        data: { disabledAt: v.disabled ? now : null, version: { increment: 1 } },
      });
      if (count === 0) return { result: { id: v.id, sessionsRevoked: 0 }, entityId: v.id, unchanged: true };
      let sessionsRevoked = 0;
      if (v.disabled) {
        sessionsRevoked = (
          await tx.session.updateMany({ where: { userId: v.id, revokedAt: null }, data: { revokedAt: now } })
        ).count;
        await tx.passwordResetToken.deleteMany({ where: { userId: v.id, usedAt: null } });
      }
      const after = { ...(await userSnapshot(tx, v.id)), sessionsRevoked };
      return { result: { id: v.id, sessionsRevoked }, entityId: v.id, before, after };
    },
  });
}
