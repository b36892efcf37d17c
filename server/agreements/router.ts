import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listAgreements, ZListAgreementsRequestSchema } from "./list-agreements.ts";
import { getAgreement } from "./get-agreement.ts";

export const agreementsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListAgreementsRequestSchema).query(({ ctx, input }) => listAgreements(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getAgreement(ctx, input.id)),
});
