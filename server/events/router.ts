import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listEvents, ZListEventsRequestSchema } from "./list-events.ts";
import { getEvent } from "./get-event.ts";

export const eventsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListEventsRequestSchema).query(({ ctx, input }) => listEvents(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getEvent(ctx, input.id)),
});
