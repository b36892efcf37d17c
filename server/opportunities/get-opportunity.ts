import { opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export async function getOpportunity({ db, viewer }: ServiceContext, id: string) {
  const opportunity = await db.opportunity.findFirst({
    where: { id, ...opportunityScope(viewer) },
    include: {
      account: { select: { id: true, partyGroupName: true } },
      contact: { select: { id: true, foreName: true, surname: true } },
      owner: { select: { id: true, name: true } },
      lead: { select: { id: true, partyId: true, foreName: true, surname: true } },
      campaign: { select: { id: true, name: true } },
      stageHistory: { orderBy: { changedAt: "desc" }, include: { changedBy: { select: { name: true } } } },
    },
  });
  if (!opportunity) throw notFound("Opportunity");
  return opportunity;
}
