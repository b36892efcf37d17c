import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { CampaignStatus } from "../generated/prisma/enums.ts";
import { campaignScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZListCampaignsRequestSchema = ZPageRequestSchema.extend({
  status: z.enum(CampaignStatus).optional(),
});
export type ListCampaignsRequest = z.input<typeof ZListCampaignsRequestSchema>;

const spec: KeysetSpec = { fields: [{ name: "startDate", dir: "desc", type: "date" }] };

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
  const where: Prisma.CampaignWhereInput = { AND: [campaignScope(viewer), { status: req.status }] };
  return keysetPage(spec, req, where, (args) => db.campaign.findMany({ ...args, select }));
}
