import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { OpportunityStage } from "../generated/prisma/enums.ts";
import { opportunityScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZListOpportunitiesRequestSchema = ZPageRequestSchema.extend({
  stage: z.enum(OpportunityStage).optional(),
});
export type ListOpportunitiesRequest = z.input<typeof ZListOpportunitiesRequestSchema>;

const spec: KeysetSpec = { fields: [{ name: "closeDate", dir: "asc", type: "date" }] };

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
  const where: Prisma.OpportunityWhereInput = { AND: [opportunityScope(viewer), { stage: req.stage }] };
  return keysetPage(spec, req, where, (args) => db.opportunity.findMany({ ...args, select }));
}
