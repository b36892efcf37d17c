import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { ZUpdateMechanismRequestSchema } from "./mechanism-input.ts";
import { removeMechanism, updateMechanism } from "./edit-mechanisms.ts";

// Adding goes through the owning record (contacts.addMechanism, accounts.addMechanism); a
// mechanism that exists is changed or removed by its own id.
export const mechanismsRouter = createTRPCRouter({
  update: protectedProcedure
    .input(ZUpdateMechanismRequestSchema)
    .mutation(({ ctx, input }) => updateMechanism(ctx, input)),
  remove: protectedProcedure
    .input(ZByIdRequestSchema)
    .mutation(({ ctx, input }) => removeMechanism(ctx, input.id)),
});
