import { accountScope, inOwningTeam } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { UpdateAccountRequest } from "./account-input.ts";
import { maskAccountIdentifiers } from "./mask-identifiers.ts";

/** Edits an account. A save made on a stale copy gets CONFLICT carrying the current record. */
export async function updateAccount(ctx: ServiceContext, req: UpdateAccountRequest) {
  const { id, version, ...fields } = req;
  return mutate(ctx, {
    action: "update",
    entityType: "Account",
    run: async (tx) => {
      const before = await tx.account.findFirst({ where: { id, ...accountScope(ctx.viewer) } });
      if (!before) throw notFound("Account");
      // The conflict carries the current record, masked like any other read of it.
      assertVersion(maskAccountIdentifiers(ctx.viewer, before), version, "Account");
      // Outside the owning team these were only ever shown masked: they cannot be changed from there.
      if (!inOwningTeam(ctx.viewer, before.teamId)) {
        delete fields.accountPin;
        delete fields.fiscalRegistrationNo;
      }
      const { count } = await tx.account.updateMany({
        where: { id, version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0)
        throw new AppError(
          AppErrorCode.CONFLICT,
          "This account was changed by someone else. Review their changes and save again.",
        );
      const after = await tx.account.findUniqueOrThrow({ where: { id } });
      return { result: maskAccountIdentifiers(ctx.viewer, after), entityId: id, before, after };
    },
  });
}
