import { campaignScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export async function getCampaign({ db, viewer }: ServiceContext, id: string) {
  const campaign = await db.campaign.findFirst({
    where: { id, ...campaignScope(viewer) },
    include: {
      owner: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
      contactLists: { select: { id: true, name: true, _count: { select: { members: true } } } },
    },
  });
  if (!campaign) throw notFound("Campaign");
  return campaign;
}
