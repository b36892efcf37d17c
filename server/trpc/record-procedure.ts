import { z } from "zod";
import { protectedProcedure } from "./init.ts";
import { ZRecordId } from "../records/record-id.ts";
import { leadScope, eventScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";

const ZIdOnly = z.object({ id: ZRecordId });

const exists = {
  Lead: (ctx, id) => ctx.db.lead.count({ where: { id, ...leadScope(ctx.viewer) } }),
  Opportunity: (ctx, id) => ctx.db.opportunity.count({ where: { id, ...opportunityScope(ctx.viewer) } }),
  Event: (ctx, id) => ctx.db.event.count({ where: { id, ...eventScope(ctx.viewer) } }),
} satisfies Record<
  string,
  (
    ctx: { db: import("../db/create-client.ts").Db; viewer: import("../access/viewer.ts").Viewer },
    id: string,
  ) => Promise<number>
>;

/**
 * A procedure on one record: the id is read and checked against the viewer's scope before the
 * rest of the input. Another team's record then answers NOT_FOUND whatever else was sent, exactly
 * like a missing one, and no validation message can hint that it exists. Chain `.input(full)`.
 */
export function recordProcedure(entity: keyof typeof exists) {
  return protectedProcedure.input(ZIdOnly).use(async ({ ctx, input, next }) => {
    if ((await exists[entity](ctx, input.id)) === 0) throw notFound(entity);
    return next();
  });
}
