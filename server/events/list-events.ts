import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { EventType } from "../generated/prisma/enums.ts";
import { eventScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema } from "../lists/keyset.ts";
import {
  listViewSchema,
  SORT_CREATED,
  SORT_UPDATED,
  viewSpec,
  viewWhere,
  type ListViewDef,
} from "../lists/list-view.ts";
import { eventRowSelect } from "./event-row-select.ts";
import type { ServiceContext } from "../service-context.ts";

// Upcoming events soonest first; past ones most recent first, unless the user picks a direction.
export const eventListView: ListViewDef = {
  sorts: {
    starts: { label: "Starts", fields: [{ name: "startsAt", type: "date" }], dir: "asc" },
    created: SORT_CREATED,
    updated: SORT_UPDATED,
  },
  defaultSort: "starts",
  dateField: "startsAt",
  dateLabel: "Starts",
};

export const ZListEventsRequestSchema = ZPageRequestSchema.extend({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  type: z.enum(EventType).optional(),
}).and(listViewSchema(eventListView));
export type ListEventsRequest = z.input<typeof ZListEventsRequestSchema>;

const select = eventRowSelect;

export async function listEvents({ db, viewer }: ServiceContext, input: ListEventsRequest, now = new Date()) {
  const req = ZListEventsRequestSchema.parse(input);
  const where: Prisma.EventWhereInput = {
    AND: [
      eventScope(viewer),
      viewWhere(eventListView, req),
      { type: req.type },
      req.when === "upcoming" ? { endsAt: { gte: now } } : { endsAt: { lt: now } },
    ],
  };
  const dir = req.dir ?? (req.when === "past" && (req.sort ?? "starts") === "starts" ? "desc" : undefined);
  return keysetPage(viewSpec(eventListView, { ...req, dir }), req, where, (args) =>
    db.event.findMany({ ...args, select }),
  );
}
