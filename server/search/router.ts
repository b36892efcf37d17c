import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { globalSearch } from "./global-search.ts";
import { ZGlobalSearchRequestSchema } from "./search-query.ts";

export const searchRouter = createTRPCRouter({
  global: protectedProcedure
    .input(ZGlobalSearchRequestSchema)
    .query(({ ctx, input }) => globalSearch(ctx, input)),
});
