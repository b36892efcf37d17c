import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { listAgreements, ZListAgreementsRequestSchema } from "./list-agreements.ts";
import { getAgreement } from "./get-agreement.ts";
import { createAgreement, ZCreateAgreementRequestSchema } from "./create-agreement.ts";

export const agreementsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListAgreementsRequestSchema)
    .query(({ ctx, input }) => listAgreements(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getAgreement(ctx, input.id)),
  // Reps see the consent record; only admins change it.
  create: adminProcedure
    .input(ZCreateAgreementRequestSchema)
    .mutation(({ ctx, input }) => createAgreement(ctx, input)),
});
