import { z } from "zod";
import { isAdmin } from "../access/viewer.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { canSee, SOFT_DELETABLE } from "../records/soft-delete.ts";
import type { ServiceContext } from "../service-context.ts";
import { maskAuditEntries } from "../accounts/mask-identifiers.ts";

export const ZRecordHistoryRequestSchema = z.object({ entityType: z.enum(SOFT_DELETABLE), id: ZRecordId });

/** A record's History tab: every audited change, newest first, for whoever may see the record. */
export async function recordHistory(
  ctx: ServiceContext,
  input: z.output<typeof ZRecordHistoryRequestSchema>,
) {
  // Admins also read the history of deleted records; everyone else only of records they can see.
  const visible = isAdmin(ctx.viewer) || (await canSee(ctx, input.entityType, input.id));
  if (!visible) throw notFound(input.entityType);
  const entries = await ctx.db.auditLog.findMany({
    where: { entityType: input.entityType, entityId: input.id },
    orderBy: { at: "desc" },
    take: 200,
    include: { actor: { select: { name: true } } },
  });
  // The trail keeps identifiers whole; whoever reads it sees them as they would on the record.
  return maskAuditEntries(ctx.viewer, entries);
}
