import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { CommunicationChannel } from "../generated/prisma/enums.ts";
import { accountScope, interactionScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import { ZRecordId } from "../records/record-id.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZListAccountInteractionsRequestSchema = ZPageRequestSchema.extend({
  accountId: ZRecordId,
  channel: z.enum(CommunicationChannel).optional(),
});

// Newest first by creation: planned interactions have no activity date yet.
const spec: KeysetSpec = { fields: [{ name: "createdAt", dir: "desc", type: "date" }] };

const select = {
  id: true,
  name: true,
  type: true,
  channel: true,
  status: true,
  direction: true,
  isMarketing: true,
  planStartAt: true,
  activityDate: true,
  resultType: true,
  subject: true,
  sentAt: true,
  createdAt: true,
  assignedUser: { select: { name: true } },
  contact: { select: { id: true, foreName: true, surname: true } },
  attachments: {
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.InteractionSelect;

export async function listAccountInteractions(
  { db, viewer }: ServiceContext,
  input: z.input<typeof ZListAccountInteractionsRequestSchema>,
) {
  const req = ZListAccountInteractionsRequestSchema.parse(input);
  if (!(await db.account.count({ where: { id: req.accountId, ...accountScope(viewer) } })))
    throw notFound("Account");
  const where: Prisma.InteractionWhereInput = {
    AND: [interactionScope(viewer), { accountId: req.accountId, channel: req.channel }],
  };
  return keysetPage(spec, req, where, (args) => db.interaction.findMany({ ...args, select }));
}
