import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { agentBus } from "../telephony/agent-bus.ts";
import { ZCallReportRequestSchema, ZSaveCallReportRequestSchema } from "./call-report-input.ts";
import { callReportPrefill, openCallReport } from "./prefill.ts";
import { saveCallReport } from "./save-call-report.ts";

export const callReportRouter = createTRPCRouter({
  prefill: protectedProcedure
    .input(ZCallReportRequestSchema)
    .query(({ ctx, input }) => callReportPrefill(ctx, input)),
  open: protectedProcedure
    .input(ZCallReportRequestSchema)
    .mutation(({ ctx, input }) => openCallReport(ctx, input)),
  save: protectedProcedure
    .input(ZSaveCallReportRequestSchema)
    .mutation(({ ctx, input }) => saveCallReport(ctx, agentBus(), input)),
});
