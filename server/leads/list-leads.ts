import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { LeadSource, LeadStatus } from "../generated/prisma/enums.ts";
import { leadScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZListLeadsRequestSchema = ZPageRequestSchema.extend({
  status: z.enum(LeadStatus).optional(),
  leadSource: z.enum(LeadSource).optional(),
});
export type ListLeadsRequest = z.input<typeof ZListLeadsRequestSchema>;

// Newest first: a lead is worked while it is fresh.
const spec: KeysetSpec = { fields: [{ name: "createdAt", dir: "desc", type: "date" }] };

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
    AND: [leadScope(viewer), { status: req.status, leadSource: req.leadSource }],
  };
  return keysetPage(spec, req, where, (args) => db.lead.findMany({ ...args, select }));
}
