import { z } from "zod";
import { zIsoDay } from "../records/dates.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { eventScope } from "../access/visibility.ts";
import { eventRowSelect } from "./event-row-select.ts";
import type { ServiceContext } from "../service-context.ts";
import { weekOf, weekRange } from "./week-range.ts";

export const ZWeekEventsRequestSchema = z.object({
  /** Any day of the week (YYYY-MM-DD); absent: this week. */
  week: zIsoDay().optional(),
  /** Only the viewer's own events; otherwise everything the viewer can see. */
  mine: z.boolean().default(false),
});
export type WeekEventsRequest = z.input<typeof ZWeekEventsRequestSchema>;

/** A week can hold a busy desk's meetings; this bounds one page without paging a calendar. */
const MAX_EVENTS = 500;

/** The week calendar's events: every visible event overlapping the week, in one query. */
export async function weekEvents({ db, viewer }: ServiceContext, input: WeekEventsRequest, now = new Date()) {
  const req = ZWeekEventsRequestSchema.parse(input);
  const monday = weekOf(req.week, now);
  const range = weekRange(monday);
  const where: Prisma.EventWhereInput = {
    AND: [
      eventScope(viewer),
      req.mine ? { ownerId: viewer.id } : {},
      { startsAt: { lt: range.end } },
      { endsAt: { gt: range.start } },
    ],
  };
  const events = await db.event.findMany({
    where,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: MAX_EVENTS,
    select: eventRowSelect,
  });
  return { monday, ...range, events, truncated: events.length === MAX_EVENTS };
}
