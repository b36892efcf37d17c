import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { EventType } from "../generated/prisma/enums.ts";
import { eventScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import { eventRowSelect } from "./event-row-select.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZListEventsRequestSchema = ZPageRequestSchema.extend({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  type: z.enum(EventType).optional(),
});
export type ListEventsRequest = z.input<typeof ZListEventsRequestSchema>;

// Upcoming events soonest first; past ones most recent first.
const upcoming: KeysetSpec = { fields: [{ name: "startsAt", dir: "asc", type: "date" }] };
const past: KeysetSpec = { fields: [{ name: "startsAt", dir: "desc", type: "date" }] };

const select = eventRowSelect;

export async function listEvents({ db, viewer }: ServiceContext, input: ListEventsRequest, now = new Date()) {
  const req = ZListEventsRequestSchema.parse(input);
  const where: Prisma.EventWhereInput = {
    AND: [
      eventScope(viewer),
      { type: req.type },
      req.when === "upcoming" ? { endsAt: { gte: now } } : { endsAt: { lt: now } },
    ],
  };
  return keysetPage(req.when === "upcoming" ? upcoming : past, req, where, (args) =>
    db.event.findMany({ ...args, select }),
  );
}
