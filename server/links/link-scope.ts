import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer.ts";
import { accountChildScope } from "../access/visibility.ts";

/** A link is as visible as its account; another team's link is the same 404 as a missing one. */
export const linkScope = (viewer: Viewer): Prisma.LinkWhereInput => accountChildScope(viewer);

export const linkSelect = {
  id: true,
  accountId: true,
  title: true,
  url: true,
  description: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.LinkSelect;
