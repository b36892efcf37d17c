import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { getApplication } from "./get-application.ts";

export const applicationsRouter = createTRPCRouter({
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getApplication(ctx, input.id)),
});
