import { contactScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { contactListScope, editableContactListScope } from "./contact-list-scope.ts";

const MEMBERS_SHOWN = 500;

/** One list with its members the viewer may see (contacts of other teams stay out, uncounted). */
export async function getContactList({ db, viewer }: ServiceContext, id: string) {
  const list = await db.contactList.findFirst({
    where: { id, ...contactListScope(viewer) },
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      campaign: { select: { id: true, name: true } },
    },
  });
  if (!list) throw notFound("Contact List");
  const visibleMember = { contactListId: id, contact: contactScope(viewer) };
  const [members, memberCount, editable] = await Promise.all([
    db.contactListMember.findMany({
      where: visibleMember,
      orderBy: [{ addedAt: "desc" }, { id: "desc" }],
      take: MEMBERS_SHOWN,
      select: {
        id: true,
        addedAt: true,
        contact: {
          select: {
            id: true,
            foreName: true,
            surname: true,
            jobTitle: true,
            account: { select: { id: true, partyGroupName: true } },
          },
        },
      },
    }),
    db.contactListMember.count({ where: visibleMember }),
    db.contactList.count({ where: { id, ...editableContactListScope(viewer) } }),
  ]);
  return {
    ...list,
    members: members.map((m) => ({ id: m.id, addedAt: m.addedAt, contact: m.contact! })),
    memberCount,
    membersShown: Math.min(memberCount, MEMBERS_SHOWN),
    canEdit: editable === 1,
  };
}

/** Lists a lead's Contact List field offers: the ones the viewer can see, by name. */
export async function contactListOptions({ db, viewer }: ServiceContext) {
  return db.contactList.findMany({
    where: contactListScope(viewer),
    select: { id: true, name: true, campaign: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
}
