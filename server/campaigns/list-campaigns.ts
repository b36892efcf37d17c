import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { CampaignStatus } from "../generated/prisma/enums.ts";
import { campaignScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema } from "../lists/keyset.ts";
import { listViewSchema, viewSpec, viewWhere, type ListViewDef } from "../lists/list-view.ts";
import type { ServiceContext } from "../service-context.ts";

export const campaignListView: ListViewDef = {
  sorts: {
    start: { label: "Start Date", fields: [{ name: "startDate", type: "date" }], dir: "desc" },
    name: { label: "Name", fields: [{ name: "name", type: "string" }], dir: "asc" },
  },
  defaultSort: "start",
  dateField: "startDate",
  dateLabel: "Start Date",
};

export const ZListCampaignsRequestSchema = ZPageRequestSchema.extend({
  status: z.enum(CampaignStatus).optional(),
}).and(listViewSchema(campaignListView));
export type ListCampaignsRequest = z.input<typeof ZListCampaignsRequestSchema>;

const select = {
  id: true,
  name: true,
  channel: true,
  status: true,
  startDate: true,
  endDate: true,
  budget: true,
  currency: true,
  owner: { select: { name: true } },
  team: { select: { name: true } },
  _count: { select: { activities: true, contactLists: true, leads: true } },
} satisfies Prisma.CampaignSelect;

export async function listCampaigns({ db, viewer }: ServiceContext, input: ListCampaignsRequest) {
  const req = ZListCampaignsRequestSchema.parse(input);
  const where: Prisma.CampaignWhereInput = {
    AND: [campaignScope(viewer), viewWhere(campaignListView, req), { status: req.status }],
  };
  return keysetPage(viewSpec(campaignListView, req), req, where, (args) =>
    db.campaign.findMany({ ...args, select }),
  );
}
