import { softDelete } from "../records/soft-delete.ts";
import { recordHistory } from "../audit/record-history.ts";
import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { recordProcedure } from "../trpc/record-procedure.ts";
import { listLeads, ZListLeadsRequestSchema } from "./list-leads.ts";
import { getLead } from "./get-lead.ts";
import {
  ZCreateLeadRequestSchema,
  ZLeadDuplicatesRequestSchema,
  ZUpdateLeadRequestSchema,
} from "./lead-input.ts";
import { createLead } from "./create-lead.ts";
import { updateLead } from "./update-lead.ts";
import { findLeadDuplicates } from "./find-lead-duplicates.ts";
import { ZConvertLeadRequestSchema } from "./convert-lead-input.ts";
import { convertLead } from "./convert-lead.ts";
import { conversionPreview } from "./conversion-preview.ts";

export const leadsRouter = createTRPCRouter({
  history: protectedProcedure
    .input(ZByIdRequestSchema)
    .query(({ ctx, input }) => recordHistory(ctx, { entityType: "Lead", id: input.id })),
  delete: protectedProcedure
    .input(ZByIdRequestSchema)
    .mutation(({ ctx, input }) => softDelete(ctx, "Lead", input.id)),
  list: protectedProcedure.input(ZListLeadsRequestSchema).query(({ ctx, input }) => listLeads(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getLead(ctx, input.id)),
  duplicates: protectedProcedure
    .input(ZLeadDuplicatesRequestSchema)
    .query(({ ctx, input }) => findLeadDuplicates(ctx, input)),
  create: protectedProcedure
    .input(ZCreateLeadRequestSchema)
    .mutation(({ ctx, input }) => createLead(ctx, input)),
  update: recordProcedure("Lead")
    .input(ZUpdateLeadRequestSchema)
    .mutation(({ ctx, input }) => updateLead(ctx, input)),
  conversionPreview: protectedProcedure
    .input(ZByIdRequestSchema)
    .query(({ ctx, input }) => conversionPreview(ctx, input.id)),
  convert: recordProcedure("Lead")
    .input(ZConvertLeadRequestSchema)
    .mutation(({ ctx, input }) => convertLead(ctx, input)),
});
