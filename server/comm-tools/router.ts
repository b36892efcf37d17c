import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { creditCheck, quotesForAccount, toolsForAccount, ZAccountToolsRequestSchema, ZCreditCheckRequestSchema } from "./customer-tools.ts";
import { customerAnalytics, ZAnalyticsRequestSchema } from "./analytics.ts";

export const commToolsRouter = createTRPCRouter({
  forAccount: protectedProcedure.input(ZAccountToolsRequestSchema).query(({ ctx, input }) => toolsForAccount(ctx, input)),
  quotes: protectedProcedure.input(ZAccountToolsRequestSchema).query(({ ctx, input }) => quotesForAccount(ctx, input)),
  credit: protectedProcedure.input(ZCreditCheckRequestSchema).query(({ ctx, input }) => creditCheck(ctx, input)),
  analytics: protectedProcedure.input(ZAnalyticsRequestSchema).query(({ ctx, input }) => customerAnalytics(ctx, input)),
});
