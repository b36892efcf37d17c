import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import {
  timelineChart,
  timelinePage,
  ZTimelineFilterSchema,
  ZTimelinePageRequestSchema,
} from "./interactions-timeline.ts";

export const timelineRouter = createTRPCRouter({
  chart: protectedProcedure.input(ZTimelineFilterSchema).query(({ ctx, input }) => timelineChart(ctx, input)),
  page: protectedProcedure
    .input(ZTimelinePageRequestSchema)
    .query(({ ctx, input }) => timelinePage(ctx, input)),
});
