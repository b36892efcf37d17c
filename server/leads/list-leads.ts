import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { LeadSource, LeadStatus } from "../generated/prisma/enums.ts";
import { leadScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema } from "../lists/keyset.ts";
import {
  listViewSchema,
  SORT_CREATED,
  SORT_UPDATED,
  viewSpec,
  viewWhere,
  type ListViewDef,
} from "../lists/list-view.ts";
import type { ServiceContext } from "../service-context.ts";

// Newest first by default: a lead is worked while it is fresh.
export const leadListView: ListViewDef = {
  sorts: {
    created: SORT_CREATED,
    updated: SORT_UPDATED,
    name: {
      label: "Surname",
      fields: [
        { name: "surname", type: "string" },
        { name: "foreName", type: "string" },
      ],
      dir: "asc",
    },
    partyId: { label: "Party ID", fields: [{ name: "partyId", type: "string" }], dir: "asc" },
  },
  defaultSort: "created",
  dateField: "createdAt",
  dateLabel: "Created",
  campaign: true,
};

export const ZListLeadsRequestSchema = ZPageRequestSchema.extend({
  status: z.enum(LeadStatus).optional(),
  leadSource: z.enum(LeadSource).optional(),
}).and(listViewSchema(leadListView));
export type ListLeadsRequest = z.input<typeof ZListLeadsRequestSchema>;

const select = {
  id: true,
  partyId: true,
  partyGroupName: true,
  foreName: true,
  surname: true,
  leadSource: true,
  status: true,
  createdAt: true,
  contactList: { select: { name: true } },
  campaign: { select: { name: true } },
  owner: { select: { name: true } },
} satisfies Prisma.LeadSelect;

export async function listLeads({ db, viewer }: ServiceContext, input: ListLeadsRequest) {
  const req = ZListLeadsRequestSchema.parse(input);
  const where: Prisma.LeadWhereInput = {
    AND: [
      leadScope(viewer),
      viewWhere(leadListView, req),
      { status: req.status, leadSource: req.leadSource },
    ],
  };
  return keysetPage(viewSpec(leadListView, req), req, where, (args) => db.lead.findMany({ ...args, select }));
}
