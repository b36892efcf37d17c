import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZAccountIdRequestSchema, ZByIdRequestSchema } from "../records/record-id.ts";
import {
  ZCreateTemplateRequestSchema,
  ZListTemplatesRequestSchema,
  ZRenderTemplateRequestSchema,
  ZTemplateRecordsRequestSchema,
  ZUpdateTemplateRequestSchema,
} from "./template-input.ts";
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  updateTemplate,
} from "./template-admin.ts";
import { renderTemplate } from "./render-template.ts";
import { templatePreviewRecords, templateRecipients } from "./template-records.ts";

// Admins read a template's raw text and write templates; every signed-in user lists and renders
// them (templates are shared by all teams, the records they are rendered on are not).
export const templatesRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListTemplatesRequestSchema)
    .query(({ ctx, input }) => listTemplates(ctx.db, input)),
  get: adminProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getTemplate(ctx.db, input.id)),
  create: adminProcedure
    .input(ZCreateTemplateRequestSchema)
    .mutation(({ ctx, input }) => createTemplate(ctx, input)),
  update: adminProcedure
    .input(ZUpdateTemplateRequestSchema)
    .mutation(({ ctx, input }) => updateTemplate(ctx, input)),
  delete: adminProcedure
    .input(ZByIdRequestSchema)
    .mutation(({ ctx, input }) => deleteTemplate(ctx, input.id)),
  render: protectedProcedure
    .input(ZRenderTemplateRequestSchema)
    .query(({ ctx, input }) => renderTemplate(ctx, input)),
  previewRecords: protectedProcedure
    .input(ZTemplateRecordsRequestSchema)
    .query(({ ctx, input }) => templatePreviewRecords(ctx, input)),
  recipients: protectedProcedure
    .input(ZAccountIdRequestSchema)
    .query(({ ctx, input }) => templateRecipients(ctx, input.accountId)),
});
