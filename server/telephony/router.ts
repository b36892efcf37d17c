import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { agentBus } from "./agent-bus.ts";
import { activeSessions, sessionDetail, ZSessionIdRequestSchema } from "./agent-sessions.ts";
import {
  controlCall,
  linkCustomer,
  replyToChat,
  ZCallControlRequestSchema,
  ZChatReplyRequestSchema,
  ZLinkCustomerRequestSchema,
} from "./agent-controls.ts";
import { dial, ZDialRequestSchema } from "./dial.ts";
import {
  chatMessageStates,
  retryChatMessage,
  ZChatMessagesRequestSchema,
  ZRetryChatMessageRequestSchema,
} from "../messaging/chat/chat-messages.ts";
import {
  startChat,
  startChatAvailability,
  ZStartChatAvailabilityRequestSchema,
  ZStartChatRequestSchema,
} from "../messaging/chat/start-chat.ts";
import {
  createIntegration,
  listIntegrations,
  rotateSecret,
  setIntegrationEnabled,
  setReplyUrl,
  ZCreateIntegrationRequestSchema,
  ZSetReplyUrlRequestSchema,
  ZRotateSecretRequestSchema,
  ZSetIntegrationEnabledRequestSchema,
} from "./integrations-admin.ts";

export const telephonyRouter = createTRPCRouter({
  active: protectedProcedure.query(({ ctx }) => activeSessions(ctx)),
  session: protectedProcedure
    .input(ZSessionIdRequestSchema)
    .query(({ ctx, input }) => sessionDetail(ctx, input)),
  control: protectedProcedure
    .input(ZCallControlRequestSchema)
    .mutation(({ ctx, input }) => controlCall(ctx, agentBus(), input)),
  reply: protectedProcedure
    .input(ZChatReplyRequestSchema)
    .mutation(({ ctx, input }) => replyToChat(ctx, agentBus(), input)),
  chatMessages: protectedProcedure
    .input(ZChatMessagesRequestSchema)
    .query(({ ctx, input }) => chatMessageStates(ctx, input)),
  retryChatMessage: protectedProcedure
    .input(ZRetryChatMessageRequestSchema)
    .mutation(({ ctx, input }) => retryChatMessage(ctx, input)),
  startChatAvailability: protectedProcedure
    .input(ZStartChatAvailabilityRequestSchema)
    .query(({ ctx, input }) => startChatAvailability(ctx, input)),
  startChat: protectedProcedure
    .input(ZStartChatRequestSchema)
    .mutation(({ ctx, input }) => startChat(ctx, agentBus(), input)),
  linkCustomer: protectedProcedure
    .input(ZLinkCustomerRequestSchema)
    .mutation(({ ctx, input }) => linkCustomer(ctx, agentBus(), input)),
  dial: protectedProcedure
    .input(ZDialRequestSchema)
    .mutation(({ ctx, input }) => dial(ctx, agentBus(), input)),
  integrations: adminProcedure.query(({ ctx }) => listIntegrations(ctx)),
  createIntegration: adminProcedure
    .input(ZCreateIntegrationRequestSchema)
    .mutation(({ ctx, input }) => createIntegration(ctx, input)),
  rotateSecret: adminProcedure
    .input(ZRotateSecretRequestSchema)
    .mutation(({ ctx, input }) => rotateSecret(ctx, input)),
  setIntegrationEnabled: adminProcedure
    .input(ZSetIntegrationEnabledRequestSchema)
    .mutation(({ ctx, input }) => setIntegrationEnabled(ctx, input)),
  setReplyUrl: adminProcedure
    .input(ZSetReplyUrlRequestSchema)
    .mutation(({ ctx, input }) => setReplyUrl(ctx, input)),
});
