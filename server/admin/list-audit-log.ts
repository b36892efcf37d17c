import { z } from "zod";
import { zText } from "../records/text.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import type { Viewer } from "../access/viewer.ts";
import { maskAuditEntries } from "../accounts/mask-identifiers.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";

export const ZListAuditLogRequestSchema = ZPageRequestSchema.extend({
  entityType: zText({ trim: false }).max(60).optional(),
  action: zText({ trim: false }).max(60).optional(),
});

const spec: KeysetSpec = { fields: [{ name: "at", dir: "desc", type: "date" }] };

export async function listAuditLog(
  db: Db,
  viewer: Viewer,
  input: z.input<typeof ZListAuditLogRequestSchema>,
) {
  const req = ZListAuditLogRequestSchema.parse(input);
  const where: Prisma.AuditLogWhereInput = { entityType: req.entityType, action: req.action };
  const page = await keysetPage(spec, req, where, (args) =>
    db.auditLog.findMany({ ...args, include: { actor: { select: { name: true, email: true } } } }),
  );
  // An admin outside an account's team reads its identifiers masked here too, as on the account.
  return { ...page, items: maskAuditEntries(viewer, page.items) };
}
