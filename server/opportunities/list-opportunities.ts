import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { OpportunityStage } from "../generated/prisma/enums.ts";
import { opportunityScope } from "../access/visibility.ts";
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

export const opportunityListView: ListViewDef = {
  sorts: {
    close: { label: "Close Date", fields: [{ name: "closeDate", type: "date" }], dir: "asc" },
    name: { label: "Name", fields: [{ name: "name", type: "string" }], dir: "asc" },
    created: SORT_CREATED,
    updated: SORT_UPDATED,
  },
  defaultSort: "close",
  dateField: "closeDate",
  dateLabel: "Close Date",
  campaign: true,
};

export const ZListOpportunitiesRequestSchema = ZPageRequestSchema.extend({
  stage: z.enum(OpportunityStage).optional(),
}).and(listViewSchema(opportunityListView));
export type ListOpportunitiesRequest = z.input<typeof ZListOpportunitiesRequestSchema>;

const select = {
  id: true,
  name: true,
  stage: true,
  probability: true,
  estimatedAmount: true,
  currency: true,
  closeDate: true,
  nextStep: true,
  nextStepDate: true,
  forecastCategory: true,
  account: { select: { id: true, partyGroupName: true } },
  owner: { select: { name: true } },
} satisfies Prisma.OpportunitySelect;

export async function listOpportunities({ db, viewer }: ServiceContext, input: ListOpportunitiesRequest) {
  const req = ZListOpportunitiesRequestSchema.parse(input);
  const where: Prisma.OpportunityWhereInput = {
    AND: [opportunityScope(viewer), viewWhere(opportunityListView, req), { stage: req.stage }],
  };
  return keysetPage(viewSpec(opportunityListView, req), req, where, (args) =>
    db.opportunity.findMany({ ...args, select }),
  );
}
