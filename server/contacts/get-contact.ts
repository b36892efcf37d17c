import { accountScope, contactScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { dataCollectionForContact, maskMechanism, masksMechanisms } from "../consent/data-collection.ts";
import type { ServiceContext } from "../service-context.ts";

export async function getContact({ db, viewer }: ServiceContext, id: string) {
  const contact = await db.contact.findFirst({
    where: { id, ...contactScope(viewer) },
    include: {
      account: { select: { id: true, partyGroupName: true, accountType: true } },
      owner: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
      contactMechanisms: { orderBy: [{ isPrimary: "desc" }, { type: "asc" }] },
    },
  });
  if (!contact) throw notFound("Contact");
  const dataCollection = await dataCollectionForContact(db, contact);
  const masked = masksMechanisms(viewer, dataCollection, contact.teamId);
  // A contact of this team may work at another team's account: the contact is shown, the account
  // (its name included) only to those who may see it.
  const accountVisible =
    contact.account !== null &&
    (await db.account.count({ where: { id: contact.account.id, ...accountScope(viewer) } })) > 0;
  return {
    ...contact,
    account: accountVisible ? contact.account : null,
    accountHidden: contact.account !== null && !accountVisible,
    contactMechanisms: masked ? contact.contactMechanisms.map(maskMechanism) : contact.contactMechanisms,
    dataCollection,
    mechanismsMasked: masked,
  };
}
