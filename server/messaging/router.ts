import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import {
  composeDefaults,
  getOutboxMessage,
  listOutbox,
  messagesForInteractions,
  ZComposeDefaultsRequestSchema,
  ZInteractionMessagesRequestSchema,
  ZListOutboxRequestSchema,
  ZMessageIdRequestSchema,
} from "./outbox-admin.ts";
import { retryMessage, ZRetryMessageRequestSchema } from "./retry-message.ts";

export const messagesRouter = createTRPCRouter({
  /** Admin → Outbox: every outgoing message, newest first. */
  outbox: adminProcedure.input(ZListOutboxRequestSchema).query(({ ctx, input }) => listOutbox(ctx, input)),
  /** One message as it would have been sent; reps see their own interactions' messages. */
  get: protectedProcedure
    .input(ZMessageIdRequestSchema)
    .query(({ ctx, input }) => getOutboxMessage(ctx, input)),
  forInteractions: protectedProcedure
    .input(ZInteractionMessagesRequestSchema)
    .query(({ ctx, input }) => messagesForInteractions(ctx, input)),
  composeDefaults: protectedProcedure
    .input(ZComposeDefaultsRequestSchema)
    .query(({ ctx, input }) => composeDefaults(ctx, input)),
  retry: protectedProcedure
    .input(ZRetryMessageRequestSchema)
    .mutation(({ ctx, input }) => retryMessage(ctx, input)),
});
