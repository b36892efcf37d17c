import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listAccounts, ZListAccountsRequestSchema } from "./list-accounts.ts";
import { getAccount } from "./get-account.ts";

export const accountsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListAccountsRequestSchema).query(({ ctx, input }) => listAccounts(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getAccount(ctx, input.id)),
});
