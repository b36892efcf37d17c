import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import {
  ZCreateLinkRequestSchema,
  ZDeleteLinkRequestSchema,
  ZUpdateLinkRequestSchema,
} from "./link-schema.ts";
import { createLink } from "./create-link.ts";
import { updateLink } from "./update-link.ts";
import { deleteLink } from "./delete-link.ts";

export const linksRouter = createTRPCRouter({
  create: protectedProcedure
    .input(ZCreateLinkRequestSchema)
    .mutation(({ ctx, input }) => createLink(ctx, input)),
  update: protectedProcedure
    .input(ZUpdateLinkRequestSchema)
    .mutation(({ ctx, input }) => updateLink(ctx, input)),
  delete: protectedProcedure
    .input(ZDeleteLinkRequestSchema)
    .mutation(({ ctx, input }) => deleteLink(ctx, input.id)),
});
