import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listLeads, ZListLeadsRequestSchema } from "./list-leads.ts";
import { getLead } from "./get-lead.ts";

export const leadsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListLeadsRequestSchema).query(({ ctx, input }) => listLeads(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getLead(ctx, input.id)),
});
