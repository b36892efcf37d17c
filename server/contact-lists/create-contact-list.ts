import { campaignScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateContactListRequest } from "./list-input.ts";

/** A new, empty contact list under a campaign the viewer can see. */
export async function createContactList(ctx: ServiceContext, req: CreateContactListRequest) {
  return mutate(ctx, {
    action: "contactList.create",
    entityType: "ContactList",
    run: async (tx) => {
      const campaign = await tx.campaign.count({
        where: { id: req.campaignId, ...campaignScope(ctx.viewer) },
      });
      if (!campaign) throw notFound("Campaign");
      const list = await tx.contactList.create({
        data: req,
        select: { id: true, name: true, description: true, campaignId: true },
      });
      return { result: list, entityId: list.id, after: list };
    },
  });
}
