import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { recordProcedure } from "../trpc/record-procedure.ts";
import { listEvents, ZListEventsRequestSchema } from "./list-events.ts";
import { getEvent } from "./get-event.ts";
import { weekEvents, ZWeekEventsRequestSchema } from "./week-events.ts";
import { ZCreateEventRequestSchema, ZUpdateEventRequestSchema } from "./event-input.ts";
import { createEvent } from "./create-event.ts";
import { updateEvent } from "./update-event.ts";
import { eventFormOptions, ZEventFormOptionsRequestSchema } from "./event-form-options.ts";

export const eventsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListEventsRequestSchema).query(({ ctx, input }) => listEvents(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getEvent(ctx, input.id)),
  week: protectedProcedure.input(ZWeekEventsRequestSchema).query(({ ctx, input }) => weekEvents(ctx, input)),
  formOptions: protectedProcedure
    .input(ZEventFormOptionsRequestSchema)
    .query(({ ctx, input }) => eventFormOptions(ctx, input)),
  create: protectedProcedure
    .input(ZCreateEventRequestSchema)
    .mutation(({ ctx, input }) => createEvent(ctx, input)),
  update: recordProcedure("Event")
    .input(ZUpdateEventRequestSchema)
    .mutation(({ ctx, input }) => updateEvent(ctx, input)),
});
