import { createTRPCRouter, managerProcedure, protectedProcedure } from "../trpc/init.ts";
import { managerDashboard, repDashboard, ZDashboardRequestSchema } from "./dashboards.ts";

export const dashboardsRouter = createTRPCRouter({
  manager: managerProcedure
    .input(ZDashboardRequestSchema)
    .query(({ ctx, input }) => managerDashboard(ctx, input)),
  rep: protectedProcedure.input(ZDashboardRequestSchema).query(({ ctx, input }) => repDashboard(ctx, input)),
});
