import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { accountSalesTab, ZAccountSalesTabRequestSchema } from "./account-sales-tab.ts";
import { accountRelated } from "./account-related.ts";
import { ZAccountIdRequestSchema } from "../records/record-id.ts";

export const salesTabRouter = createTRPCRouter({
  forAccount: protectedProcedure
    .input(ZAccountSalesTabRequestSchema)
    .query(({ ctx, input }) => accountSalesTab(ctx, input)),
  related: protectedProcedure
    .input(ZAccountIdRequestSchema)
    .query(({ ctx, input }) => accountRelated(ctx, input.accountId)),
});
