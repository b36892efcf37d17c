import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { maskAccountIdentifiers } from "./mask-identifiers.ts";

export async function getAccount({ db, viewer }: ServiceContext, id: string) {
  const account = await db.account.findFirst({
    where: { id, ...accountScope(viewer) },
    include: {
      owner: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
      contactMechanisms: { orderBy: [{ isPrimary: "desc" }, { type: "asc" }] },
    },
  });
  if (!account) throw notFound("Account");
  return maskAccountIdentifiers(viewer, account);
}
