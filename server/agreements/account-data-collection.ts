import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { dataCollectionForAccount, masksMechanisms } from "../consent/data-collection.ts";

/** An account's Data Collection state for its page: needed, given, why not, and whether it masks. */
export async function accountDataCollection(ctx: ServiceContext, accountId: string) {
  const account = await ctx.db.account.findFirst({
    where: { id: accountId, ...accountScope(ctx.viewer) },
    select: { id: true, accountType: true, teamId: true },
  });
  if (!account) throw notFound("Account");
  const state = await dataCollectionForAccount(ctx.db, account);
  return { ...state, mechanismsMasked: masksMechanisms(ctx.viewer, state, account.teamId) };
}
