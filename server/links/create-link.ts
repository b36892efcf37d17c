import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { linkSelect } from "./link-scope.ts";
import type { CreateLinkRequest } from "./link-schema.ts";

/** Adds a link to an account the viewer can see. */
export async function createLink(ctx: ServiceContext, req: CreateLinkRequest) {
  const account = await ctx.db.account.findFirst({
    where: { id: req.accountId, ...accountScope(ctx.viewer) },
    select: { id: true },
  });
  if (!account) throw notFound("Account");
  return mutate(ctx, {
    action: "link.create",
    entityType: "Link",
    run: async (tx) => {
      const link = await tx.link.create({
        data: { accountId: account.id, title: req.title, url: req.url, description: req.description },
        select: linkSelect,
      });
      return { result: link, entityId: link.id, after: link };
    },
  });
}
