import { accountScope, contactScope, eventScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { dataCollectionForAccount, maskMechanism, masksMechanisms } from "../consent/data-collection.ts";
import type { ServiceContext } from "../service-context.ts";

const LIMIT = 50;

/** The account's contacts, open and recent opportunities, events and contracts: what its page lists. */
export async function accountRelated({ db, viewer }: ServiceContext, accountId: string) {
  const account = await db.account.findFirst({
    where: { id: accountId, ...accountScope(viewer) },
    select: { id: true, accountType: true },
  });
  if (!account) throw notFound("Account");
  const [contacts, opportunities, events, contracts] = await Promise.all([
    db.contact.findMany({
      where: { ...contactScope(viewer), accountId },
      orderBy: [{ surname: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        foreName: true,
        surname: true,
        jobTitle: true,
        teamId: true,
        contactMechanisms: { where: { isPrimary: true }, select: { type: true, value: true } },
      },
    }),
    db.opportunity.findMany({
      where: { ...opportunityScope(viewer), accountId },
      orderBy: [{ closeDate: "desc" }, { id: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        name: true,
        stage: true,
        probability: true,
        estimatedAmount: true,
        currency: true,
        closeDate: true,
      },
    }),
    db.event.findMany({
      where: { ...eventScope(viewer), accountId },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, subject: true, type: true, status: true, startsAt: true, outcome: true },
    }),
    db.contract.findMany({
      where: { accountId, deletedAt: null },
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        contractNumber: true,
        title: true,
        startDate: true,
        endDate: true,
        _count: { select: { agreements: true } },
      },
    }),
  ]);
  // An individual's contacts follow its Data Collection consent (consent/data-collection.ts).
  const dataCollection = await dataCollectionForAccount(db, account);
  const shownContacts = contacts.map((c) =>
    masksMechanisms(viewer, dataCollection, c.teamId)
      ? { ...c, contactMechanisms: c.contactMechanisms.map(maskMechanism) }
      : c,
  );
  return { contacts: shownContacts, opportunities, events, contracts };
}
