import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import { isAdmin } from "../access/viewer.ts";
import { campaignScope } from "../access/visibility.ts";

/**
 * A contact list is seen by whoever sees its campaign. Lists from before lists had to belong to a
 * campaign have none: everyone may pick them (the lead form always offered them), only admins
 * change them.
 */
export function contactListScope(viewer: Viewer): Prisma.ContactListWhereInput {
  return { OR: [{ campaignId: null }, { campaign: campaignScope(viewer) }] };
}

export function editableContactListScope(viewer: Viewer): Prisma.ContactListWhereInput {
  return isAdmin(viewer) ? {} : { campaign: campaignScope(viewer) };
}
