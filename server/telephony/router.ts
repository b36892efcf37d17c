import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { agentBus } from "./agent-bus.ts";
import { activeSessions, sessionDetail, ZSessionIdRequestSchema } from "./agent-sessions.ts";
import { controlCall, linkCustomer, replyToChat, ZCallControlRequestSchema, ZChatReplyRequestSchema, ZLinkCustomerRequestSchema } from "./agent-controls.ts";
import { dial, ZDialRequestSchema } from "./dial.ts";

export const telephonyRouter = createTRPCRouter({
  active: protectedProcedure.query(({ ctx }) => activeSessions(ctx)),
  session: protectedProcedure.input(ZSessionIdRequestSchema).query(({ ctx, input }) => sessionDetail(ctx, input)),
  control: protectedProcedure.input(ZCallControlRequestSchema).mutation(({ ctx, input }) => controlCall(ctx, agentBus(), input)),
  reply: protectedProcedure.input(ZChatReplyRequestSchema).mutation(({ ctx, input }) => replyToChat(ctx, agentBus(), input)),
  linkCustomer: protectedProcedure.input(ZLinkCustomerRequestSchema).mutation(({ ctx, input }) => linkCustomer(ctx, agentBus(), input)),
  dial: protectedProcedure.input(ZDialRequestSchema).mutation(({ ctx, input }) => dial(ctx, agentBus(), input)),
});
