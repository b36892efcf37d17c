import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import {
  creditCheck,
  quotesForAccount,
  toolsForAccount,
  ZAccountToolsRequestSchema,
  ZCreditCheckRequestSchema,
} from "./customer-tools.ts";
import { customerAnalytics, ZAnalyticsRequestSchema } from "./analytics.ts";
import {
  createRule,
  deleteRule,
  listRules,
  updateRule,
  ZDeleteRuleRequestSchema,
  ZRuleInputSchema,
  ZUpdateRuleRequestSchema,
} from "./rules-admin.ts";

export const commToolsRouter = createTRPCRouter({
  forAccount: protectedProcedure
    .input(ZAccountToolsRequestSchema)
    .query(({ ctx, input }) => toolsForAccount(ctx, input)),
  quotes: protectedProcedure
    .input(ZAccountToolsRequestSchema)
    .query(({ ctx, input }) => quotesForAccount(ctx, input)),
  credit: protectedProcedure
    .input(ZCreditCheckRequestSchema)
    .query(({ ctx, input }) => creditCheck(ctx, input)),
  analytics: protectedProcedure
    .input(ZAnalyticsRequestSchema)
    .query(({ ctx, input }) => customerAnalytics(ctx, input)),
  rules: adminProcedure.query(({ ctx }) => listRules(ctx)),
  createRule: adminProcedure.input(ZRuleInputSchema).mutation(({ ctx, input }) => createRule(ctx, input)),
  updateRule: adminProcedure
    .input(ZUpdateRuleRequestSchema)
    .mutation(({ ctx, input }) => updateRule(ctx, input)),
  deleteRule: adminProcedure
    .input(ZDeleteRuleRequestSchema)
    .mutation(({ ctx, input }) => deleteRule(ctx, input)),
});
