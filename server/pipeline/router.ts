import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { pipelineBoard, ZPipelineBoardRequestSchema } from "./pipeline-board.ts";
import { pipelineFilters } from "./pipeline-filters.ts";

// Moves live on opportunities.moveStage: a move changes one opportunity.
export const pipelineRouter = createTRPCRouter({
  board: protectedProcedure
    .input(ZPipelineBoardRequestSchema)
    .query(({ ctx, input }) => pipelineBoard(ctx, input)),
  filters: protectedProcedure.query(({ ctx }) => pipelineFilters(ctx)),
});
