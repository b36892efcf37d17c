import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { quarterlyForecast, ZQuarterlyForecastRequestSchema } from "./quarterly-forecast.ts";

export const forecastsRouter = createTRPCRouter({
  quarter: protectedProcedure
    .input(ZQuarterlyForecastRequestSchema)
    .query(({ ctx, input }) => quarterlyForecast(ctx, input)),
});
