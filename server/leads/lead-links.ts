import { campaignScope } from "../access/visibility.ts";
import { contactListScope } from "../contact-lists/contact-list-scope.ts";
import type { Viewer } from "../access/viewer.ts";
import { notFound } from "../errors.ts";
import type { Tx } from "../records/mutate.ts";

/** The Marketing Campaign and Contact List ids a form sends are checked against what the viewer can see. */
export async function assertLeadLinksVisible(
  tx: Tx,
  viewer: Viewer,
  ids: { campaignId: string | null; contactListId: string | null },
): Promise<void> {
  const [campaign, list] = await Promise.all([
    ids.campaignId ? tx.campaign.count({ where: { id: ids.campaignId, ...campaignScope(viewer) } }) : 1,
    ids.contactListId
      ? tx.contactList.count({
          where: { id: ids.contactListId, ...contactListScope(viewer) },
        })
      : 1,
  ]);
  if (!campaign) throw notFound("Campaign");
  if (!list) throw notFound("Contact List");
}
