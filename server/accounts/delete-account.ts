import { accountScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";

/** Soft delete: the account disappears from every list and page, and an admin can restore it. */
export async function deleteAccount(ctx: ServiceContext, id: string) {
  return mutate(ctx, {
    action: "delete",
    entityType: "Account",
    run: async (tx) => {
      const before = await tx.account.findFirst({ where: { id, ...accountScope(ctx.viewer) } });
      if (!before) throw notFound("Account");
      const after = await tx.account.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
      return { result: { id }, entityId: id, before, after };
    },
  });
}

/** Admins bring a soft-deleted account back. */
export async function restoreAccount(ctx: ServiceContext, id: string) {
  return mutate(ctx, {
    action: "restore",
    entityType: "Account",
    run: async (tx) => {
      const before = await tx.account.findFirst({ where: { id } });
      if (!before) throw notFound("Account");
      if (!before.deletedAt) throw new AppError(AppErrorCode.CONFLICT, "This account is not deleted.");
      const after = await tx.account.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
      return { result: { id }, entityId: id, before, after };
    },
  });
}

export async function listDeletedAccounts(ctx: ServiceContext) {
  return ctx.db.account.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    take: 100,
    select: { id: true, partyGroupName: true, deletedAt: true, owner: { select: { name: true } }, team: { select: { name: true } } },
  });
}
