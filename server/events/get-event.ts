import { eventScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export async function getEvent({ db, viewer }: ServiceContext, id: string) {
  const event = await db.event.findFirst({
    where: { id, ...eventScope(viewer) },
    include: {
      account: { select: { id: true, partyGroupName: true } },
      opportunity: { select: { id: true, name: true } },
      owner: { select: { id: true, name: true } },
      attendees: {
        include: {
          user: { select: { name: true } },
          contact: { select: { id: true, foreName: true, surname: true } },
        },
      },
    },
  });
  if (!event) throw notFound("Event");
  return event;
}
