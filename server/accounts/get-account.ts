import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { dataCollectionForAccount, maskMechanism, masksMechanisms } from "../consent/data-collection.ts";
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
  // Data Collection consent (consent/data-collection.ts): the page asks for why separately.
  const dataCollection = await dataCollectionForAccount(db, account);
  const mechanisms = masksMechanisms(viewer, dataCollection, account.teamId)
    ? account.contactMechanisms.map(maskMechanism)
    : account.contactMechanisms;
  return maskAccountIdentifiers(viewer, { ...account, contactMechanisms: mechanisms });
}
