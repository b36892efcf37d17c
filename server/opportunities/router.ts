import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listOpportunities, ZListOpportunitiesRequestSchema } from "./list-opportunities.ts";
import { getOpportunity } from "./get-opportunity.ts";

export const opportunitiesRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListOpportunitiesRequestSchema)
    .query(({ ctx, input }) => listOpportunities(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getOpportunity(ctx, input.id)),
});
