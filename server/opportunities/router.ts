import { softDelete } from "../records/soft-delete.ts";
import { recordHistory } from "../audit/record-history.ts";
import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { listOpportunities, ZListOpportunitiesRequestSchema } from "./list-opportunities.ts";
import { getOpportunity } from "./get-opportunity.ts";
import {
  ZCreateOpportunityRequestSchema,
  ZMoveStageRequestSchema,
  ZUpdateOpportunityRequestSchema,
} from "./opportunity-input.ts";
import { createOpportunity } from "./create-opportunity.ts";
import { updateOpportunity } from "./update-opportunity.ts";
import { moveOpportunityStage } from "./move-opportunity-stage.ts";
import { recordProcedure } from "../trpc/record-procedure.ts";

export const opportunitiesRouter = createTRPCRouter({
  history: protectedProcedure
    .input(ZByIdRequestSchema)
    .query(({ ctx, input }) => recordHistory(ctx, { entityType: "Opportunity", id: input.id })),
  delete: protectedProcedure
    .input(ZByIdRequestSchema)
    .mutation(({ ctx, input }) => softDelete(ctx, "Opportunity", input.id)),
  list: protectedProcedure
    .input(ZListOpportunitiesRequestSchema)
    .query(({ ctx, input }) => listOpportunities(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getOpportunity(ctx, input.id)),
  create: protectedProcedure
    .input(ZCreateOpportunityRequestSchema)
    .mutation(({ ctx, input }) => createOpportunity(ctx, input)),
  update: recordProcedure("Opportunity")
    .input(ZUpdateOpportunityRequestSchema)
    .mutation(({ ctx, input }) => updateOpportunity(ctx, input)),
  moveStage: recordProcedure("Opportunity")
    .input(ZMoveStageRequestSchema)
    .mutation(({ ctx, input }) => moveOpportunityStage(ctx, input)),
});
