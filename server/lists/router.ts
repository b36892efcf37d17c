import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { listFilterOptions } from "./filter-options.ts";
import {
  deleteView,
  listSavedViews,
  saveView,
  ZDeleteViewRequestSchema,
  ZListSavedViewsRequestSchema,
  ZSaveViewRequestSchema,
} from "./saved-views.ts";

export const viewsRouter = createTRPCRouter({
  filterOptions: protectedProcedure.query(({ ctx }) => listFilterOptions(ctx)),
  saved: protectedProcedure
    .input(ZListSavedViewsRequestSchema)
    .query(({ ctx, input }) => listSavedViews(ctx, input)),
  save: protectedProcedure.input(ZSaveViewRequestSchema).mutation(({ ctx, input }) => saveView(ctx, input)),
  delete: protectedProcedure
    .input(ZDeleteViewRequestSchema)
    .mutation(({ ctx, input }) => deleteView(ctx, input)),
});
