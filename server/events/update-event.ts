import { eventScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { UpdateEventRequest } from "./event-input.ts";
import { resolveEventLinks } from "./event-links.ts";

const CONFLICT = "This event was changed by someone else. Review their changes and save again.";

/** Edits an event on the version it was read at; contact attendees are replaced by the form's list. */
export async function updateEvent(ctx: ServiceContext, req: UpdateEventRequest) {
  const { id, version, attendeeContactIds, accountId: _a, opportunityId: _o, ...fields } = req;
  return mutate(ctx, {
    action: "update",
    entityType: "Event",
    run: async (tx) => {
      const before = await tx.event.findFirst({
        where: { id, ...eventScope(ctx.viewer) },
        include: { attendees: true },
      });
      if (!before) throw notFound("Event");
      assertVersion(before, version, "Event");
      // The event stays in its team: editing the link must not move it out of the owner's sight.
      const { accountId, opportunityId } = await resolveEventLinks(tx, ctx.viewer, req);
      const { count } = await tx.event.updateMany({
        where: { id, version },
        data: { ...fields, accountId, opportunityId, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError(AppErrorCode.CONFLICT, CONFLICT);
      const wanted = new Set(attendeeContactIds);
      const had = new Set(before.attendees.flatMap((a) => (a.contactId ? [a.contactId] : [])));
      await tx.eventAttendee.deleteMany({
        where: { eventId: id, contactId: { in: [...had].filter((c) => !wanted.has(c)) } },
      });
      const added = [...wanted].filter((c) => !had.has(c));
      if (added.length)
        await tx.eventAttendee.createMany({ data: added.map((contactId) => ({ eventId: id, contactId })) });
      const after = await tx.event.findUniqueOrThrow({ where: { id }, include: { attendees: true } });
      return { result: after, entityId: id, before, after };
    },
  });
}
