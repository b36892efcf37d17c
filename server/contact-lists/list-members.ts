import type { z } from "zod";
import { contactScope } from "../access/visibility.ts";
import { listContacts, contactListView } from "../contacts/list-contacts.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { viewFromParams } from "../lists/list-view.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { Viewer } from "../access/viewer.ts";
import { editableContactListScope } from "./contact-list-scope.ts";
import { ZAddSavedViewRequestSchema, ZContactListMemberRequestSchema } from "./list-input.ts";

/** A saved view adds at most this many contacts at once; the rest is reported, not dropped silently. */
export const SAVED_VIEW_LIMIT = 5000;

async function editableList(tx: Tx, viewer: Viewer, listId: string) {
  const list = await tx.contactList.findFirst({
    where: { id: listId, ...editableContactListScope(viewer) },
    select: { id: true },
  });
  if (!list) throw notFound("Contact List");
  return list;
}

/**
 * Adds one contact the viewer can see. Adding a member twice is not an error: the unique
 * (list, contact) index lets concurrent adds insert one row, and the answer says whether it was new.
 */
export async function addContactToList(
  ctx: ServiceContext,
  input: z.input<typeof ZContactListMemberRequestSchema>,
) {
  const { listId, contactId } = ZContactListMemberRequestSchema.parse(input);
  return mutate(ctx, {
    action: "contactList.addContact",
    entityType: "ContactList",
    run: async (tx) => {
      await editableList(tx, ctx.viewer, listId);
      const contact = await tx.contact.count({ where: { id: contactId, ...contactScope(ctx.viewer) } });
      if (!contact) throw new AppError(AppErrorCode.NOT_FOUND, "Contact not found", { field: "contactId" });
      const { count } = await tx.contactListMember.createMany({
        data: [{ contactListId: listId, contactId }],
        skipDuplicates: true,
      });
      return { result: { added: count }, entityId: listId, after: { contactId }, unchanged: count === 0 };
    },
  });
}

/** Everything a saved contact view of the viewer's shows, as the list page would show it. */
export async function addSavedViewToList(
  ctx: ServiceContext,
  input: z.input<typeof ZAddSavedViewRequestSchema>,
) {
  const { listId, viewId } = ZAddSavedViewRequestSchema.parse(input);
  const view = await ctx.db.savedView.findFirst({
    where: { id: viewId, userId: ctx.viewer.id, entity: "contacts" },
    select: { name: true, params: true },
  });
  if (!view) throw new AppError(AppErrorCode.NOT_FOUND, "Saved view not found", { field: "viewId" });
  await editableList(ctx.db as unknown as Tx, ctx.viewer, listId);
  const query = new URLSearchParams(String((view.params as { query?: unknown }).query ?? ""));
  const filters = {
    ...viewFromParams(contactListView, (k) => query.get(k) ?? undefined),
    customersOnly: query.get("role") === "customer" || undefined,
  };
  // listContacts applies the viewer's scope: a view never reaches contacts they cannot see.
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listContacts(ctx, { ...filters, cursor, limit: 200 });
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && ids.length < SAVED_VIEW_LIMIT);
  const chosen = ids.slice(0, SAVED_VIEW_LIMIT);
  return mutate(ctx, {
    action: "contactList.addSavedView",
    entityType: "ContactList",
    run: async (tx) => {
      await editableList(tx, ctx.viewer, listId);
      const { count } = await tx.contactListMember.createMany({
        data: chosen.map((contactId) => ({ contactListId: listId, contactId })),
        skipDuplicates: true,
      });
      const result = {
        added: count,
        alreadyIn: chosen.length - count,
        truncated: Boolean(cursor) || ids.length > SAVED_VIEW_LIMIT,
      };
      return { result, entityId: listId, after: { view: view.name, ...result }, unchanged: count === 0 };
    },
  });
}

export async function removeContactFromList(
  ctx: ServiceContext,
  input: z.input<typeof ZContactListMemberRequestSchema>,
) {
  const { listId, contactId } = ZContactListMemberRequestSchema.parse(input);
  return mutate(ctx, {
    action: "contactList.removeContact",
    entityType: "ContactList",
    run: async (tx) => {
      await editableList(tx, ctx.viewer, listId);
      // A member the viewer cannot see is as missing as one that is not there.
      const { count } = await tx.contactListMember.deleteMany({
        where: { contactListId: listId, contactId, contact: contactScope(ctx.viewer) },
      });
      if (count === 0) throw notFound("Contact List member");
      return { result: { removed: count }, entityId: listId, before: { contactId } };
    },
  });
}
