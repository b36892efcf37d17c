import { z } from "zod";
import { accountScope } from "../access/visibility.ts";
import { isAdmin } from "../access/viewer.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../lists/id-input.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZRecordHistoryRequestSchema = z.object({ entityType: z.enum(["Account"]), id: ZRecordId });

/** A record's History tab: every audited change, newest first, for whoever may see the record. */
export async function recordHistory({ db, viewer }: ServiceContext, input: z.output<typeof ZRecordHistoryRequestSchema>) {
  // Admins also read the history of deleted records; everyone else only of records they can see.
  const visible = isAdmin(viewer) || (await db.account.count({ where: { id: input.id, ...accountScope(viewer) } })) > 0;
  if (!visible) throw notFound(input.entityType);
  return db.auditLog.findMany({
    where: { entityType: input.entityType, entityId: input.id },
    orderBy: { at: "desc" },
    take: 200,
    include: { actor: { select: { name: true } } },
  });
}
