import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { latestCommunications, ZLatestCommunicationsRequestSchema } from "./latest-communications.ts";

export const communicationsRouter = createTRPCRouter({
  latest: protectedProcedure
    .input(ZLatestCommunicationsRequestSchema)
    .query(({ ctx, input }) => latestCommunications(ctx, input)),
});
