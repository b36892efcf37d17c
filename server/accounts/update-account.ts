import { accountScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { UpdateAccountRequest } from "./account-input.ts";

/** Edits an account. A save made on a stale copy gets CONFLICT carrying the current record. */
export async function updateAccount(ctx: ServiceContext, req: UpdateAccountRequest) {
  const { id, version, ...fields } = req;
  return mutate(ctx, {
    action: "update",
    entityType: "Account",
    run: async (tx) => {
      const before = await tx.account.findFirst({ where: { id, ...accountScope(ctx.viewer) } });
      if (!before) throw notFound("Account");
      assertVersion(before, version, "Account");
      const { count } = await tx.account.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
      if (count === 0) throw new AppError(AppErrorCode.CONFLICT, "This account was changed by someone else. Review their changes and save again.");
      const after = await tx.account.findUniqueOrThrow({ where: { id } });
      return { result: after, entityId: id, before, after };
    },
  });
}
