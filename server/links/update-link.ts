import { notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { linkScope, linkSelect } from "./link-scope.ts";
import type { UpdateLinkRequest } from "./link-schema.ts";

/**
 * Edits a link. The update is conditional on the version the edit was made on, so of two people
 * saving the same link one wins and the other gets CONFLICT with the link as it now is.
 */
export async function updateLink(ctx: ServiceContext, req: UpdateLinkRequest) {
  const where = { id: req.id, ...linkScope(ctx.viewer) };
  const before = await ctx.db.link.findFirst({ where, select: linkSelect });
  if (!before) throw notFound("Link");
  assertVersion(before, req.version, "Link");
  return mutate(ctx, {
    action: "link.update",
    entityType: "Link",
    run: async (tx) => {
      const { count } = await tx.link.updateMany({
        where: { id: req.id, version: req.version, deletedAt: null },
        data: { title: req.title, url: req.url, description: req.description, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.link.findFirst({ where, select: linkSelect });
        if (!current) throw notFound("Link");
        assertVersion(current, req.version, "Link");
      }
      const after = await tx.link.findUniqueOrThrow({ where: { id: req.id }, select: linkSelect });
      return { result: after, entityId: req.id, before, after };
    },
  });
}
