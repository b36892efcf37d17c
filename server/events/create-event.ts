import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateEventRequest } from "./event-input.ts";
import { resolveEventLinks } from "./event-links.ts";

/** A new event, from the events page, an account or an opportunity. The viewer owns and attends it. */
export async function createEvent(ctx: ServiceContext, req: CreateEventRequest) {
  const { attendeeContactIds, accountId: _a, opportunityId: _o, ...fields } = req;
  return mutate(ctx, {
    action: "create",
    entityType: "Event",
    run: async (tx) => {
      const links = await resolveEventLinks(tx, ctx.viewer, req);
      const event = await tx.event.create({
        data: {
          ...fields,
          ...links,
          ownerId: ctx.viewer.id,
          attendees: {
            create: [
              { userId: ctx.viewer.id },
              ...[...new Set(attendeeContactIds)].map((contactId) => ({ contactId })),
            ],
          },
        },
        include: { attendees: true },
      });
      return { result: event, entityId: event.id, after: event };
    },
  });
}
