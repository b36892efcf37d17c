import { createTRPCRouter, managerProcedure, protectedProcedure } from "../trpc/init.ts";
import {
  forecastTrend,
  forecastView,
  ZForecastTrendRequestSchema,
  ZForecastViewRequestSchema,
} from "./forecast-view.ts";
import {
  forecastHistory,
  forecastOpportunities,
  ZForecastHistoryRequestSchema,
  ZForecastOpportunitiesRequestSchema,
} from "./forecast-details.ts";
import { adjustForecast, ZAdjustForecastRequestSchema } from "./adjust-forecast.ts";
import { setQuota, ZSetQuotaRequestSchema } from "./set-quota.ts";

export const forecastsRouter = createTRPCRouter({
  view: protectedProcedure
    .input(ZForecastViewRequestSchema)
    .query(({ ctx, input }) => forecastView(ctx, input)),
  trend: protectedProcedure
    .input(ZForecastTrendRequestSchema)
    .query(({ ctx, input }) => forecastTrend(ctx, input)),
  history: protectedProcedure
    .input(ZForecastHistoryRequestSchema)
    .query(({ ctx, input }) => forecastHistory(ctx, input)),
  opportunities: protectedProcedure
    .input(ZForecastOpportunitiesRequestSchema)
    .query(({ ctx, input }) => forecastOpportunities(ctx, input)),
  adjust: managerProcedure
    .input(ZAdjustForecastRequestSchema)
    .mutation(({ ctx, input }) => adjustForecast(ctx, input)),
  setQuota: managerProcedure.input(ZSetQuotaRequestSchema).mutation(({ ctx, input }) => setQuota(ctx, input)),
});
