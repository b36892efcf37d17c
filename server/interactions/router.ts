import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { ZCreateInteractionRequestSchema } from "./interaction-schema.ts";
import { createInteraction } from "./create-interaction.ts";
import { getInteraction } from "./get-interaction.ts";
import {
  listAccountInteractions,
  ZListAccountInteractionsRequestSchema,
} from "./list-account-interactions.ts";

export const interactionsRouter = createTRPCRouter({
  forAccount: protectedProcedure
    .input(ZListAccountInteractionsRequestSchema)
    .query(({ ctx, input }) => listAccountInteractions(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getInteraction(ctx, input.id)),
  create: protectedProcedure
    .input(ZCreateInteractionRequestSchema)
    .mutation(({ ctx, input }) => createInteraction(ctx, input)),
});
