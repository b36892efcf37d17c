import type { Prisma } from "../generated/prisma/client.ts";
import { interactionScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import type { ServiceContext } from "../service-context.ts";
import type { z } from "zod";

export const ZLatestCommunicationsRequestSchema = ZPageRequestSchema;

const spec: KeysetSpec = { fields: [{ name: "activityDate", dir: "desc", type: "date" }] };

const select = {
  id: true,
  name: true,
  channel: true,
  direction: true,
  type: true,
  status: true,
  activityDate: true,
  resultType: true,
  subject: true,
  account: { select: { id: true, partyGroupName: true } },
  contact: { select: { id: true, foreName: true, surname: true } },
} satisfies Prisma.InteractionSelect;

/** The signed-in user's own communications, most recent first (seed 003's Latest Communications). */
export async function latestCommunications(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZLatestCommunicationsRequestSchema>,
) {
  const req = ZLatestCommunicationsRequestSchema.parse(input);
  const where: Prisma.InteractionWhereInput = {
    AND: [interactionScope(viewer), { assignedUserId: viewer.id, activityDate: { not: null } }],
  };
  return keysetPage(spec, req, where, (args) => db.interaction.findMany({ ...args, select }));
}
