import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { createContract, ZCreateContractRequestSchema } from "./create-contract.ts";

export const contractsRouter = createTRPCRouter({
  create: protectedProcedure
    .input(ZCreateContractRequestSchema)
    .mutation(({ ctx, input }) => createContract(ctx, input)),
});
