import { campaignScope, contactScope } from "../access/visibility.ts";
import type { Viewer } from "../access/viewer.ts";
import { notFound } from "../errors.ts";
import type { Tx } from "../records/mutate.ts";

/** Ids of related records from the client are checked like any other: hidden reads as missing. */
export async function assertLinkedVisible(
  tx: Tx,
  viewer: Viewer,
  ids: { contactId?: string | null; campaignId?: string | null },
): Promise<void> {
  const [contact, campaign] = await Promise.all([
    ids.contactId
      ? tx.contact.findFirst({ where: { id: ids.contactId, ...contactScope(viewer) }, select: { id: true } })
      : true,
    ids.campaignId
      ? tx.campaign.findFirst({
          where: { id: ids.campaignId, ...campaignScope(viewer) },
          select: { id: true },
        })
      : true,
  ]);
  if (!contact) throw notFound("Contact");
  if (!campaign) throw notFound("Campaign");
}
