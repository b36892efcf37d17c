import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { accountSalesTab, ZAccountSalesTabRequestSchema } from "./account-sales-tab.ts";

export const salesTabRouter = createTRPCRouter({
  forAccount: protectedProcedure.input(ZAccountSalesTabRequestSchema).query(({ ctx, input }) => accountSalesTab(ctx, input)),
});
