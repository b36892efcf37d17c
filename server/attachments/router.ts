import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema, ZRecordId } from "../records/record-id.ts";
import { listAttachments } from "./list-attachments.ts";
import { addAttachments, ZAddAttachmentsRequestSchema } from "./add-attachments.ts";
import { removeAttachment } from "./remove-attachment.ts";

export const attachmentsRouter = createTRPCRouter({
  forInteraction: protectedProcedure
    .input(z.object({ interactionId: ZRecordId }))
    .query(({ ctx, input }) => listAttachments(ctx, input.interactionId)),
  add: protectedProcedure
    .input(ZAddAttachmentsRequestSchema)
    .mutation(({ ctx, input }) => addAttachments(ctx, input)),
  remove: protectedProcedure
    .input(ZByIdRequestSchema)
    .mutation(({ ctx, input }) => removeAttachment(ctx, input.id)),
});
