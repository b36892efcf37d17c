import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { linkScope, linkSelect } from "./link-scope.ts";

/** Removes a link (soft delete, so it can be restored); once, however many requests race for it. */
export async function deleteLink(ctx: ServiceContext, id: string) {
  const before = await ctx.db.link.findFirst({ where: { id, ...linkScope(ctx.viewer) }, select: linkSelect });
  if (!before) throw notFound("Link");
  return mutate(ctx, {
    action: "link.delete",
    entityType: "Link",
    run: async (tx) => {
      const { count } = await tx.link.updateMany({
        where: { id, deletedAt: null },
        data: { deletedAt: new Date(), version: { increment: 1 } },
      });
      if (count === 0) throw notFound("Link");
      return { result: { id, accountId: before.accountId }, entityId: id, before };
    },
  });
}
