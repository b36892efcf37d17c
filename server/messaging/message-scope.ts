import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import { isAdmin } from "../access/viewer.ts";
import { interactionScope } from "../access/visibility.ts";

/**
 * Who sees an outgoing message: an admin sees every one (Admin → Outbox); anyone else sees one
 * through the interaction it was sent from, so another team's message is as missing as no message.
 */
export function messageScope(viewer: Viewer): Prisma.OutboundMessageWhereInput {
  if (isAdmin(viewer)) return {};
  return { interaction: interactionScope(viewer) };
}
