import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZDealPreviewRequestSchema, ZRegisterDealRequestSchema } from "./deal-input.ts";
import { previewDeal, registerDeal } from "./register-deal.ts";
import {
  dealsForAccount,
  dealsForSession,
  ZDealsForAccountRequestSchema,
  ZDealsForSessionRequestSchema,
} from "./list-deals.ts";

export const dealsRouter = createTRPCRouter({
  register: protectedProcedure
    .input(ZRegisterDealRequestSchema)
    .mutation(({ ctx, input }) => registerDeal(ctx, input)),
  preview: protectedProcedure
    .input(ZDealPreviewRequestSchema)
    .query(({ ctx, input }) => previewDeal(ctx, input)),
  forSession: protectedProcedure
    .input(ZDealsForSessionRequestSchema)
    .query(({ ctx, input }) => dealsForSession(ctx, input)),
  forAccount: protectedProcedure
    .input(ZDealsForAccountRequestSchema)
    .query(({ ctx, input }) => dealsForAccount(ctx, input)),
});
