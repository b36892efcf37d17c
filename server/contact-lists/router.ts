import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import {
  ZContactListRequestSchema,
  ZCreateContactListRequestSchema,
  ZAddSavedViewRequestSchema,
  ZContactListMemberRequestSchema,
} from "./list-input.ts";
import { createContactList } from "./create-contact-list.ts";
import { contactListOptions, getContactList } from "./get-contact-list.ts";
import { addContactToList, addSavedViewToList, removeContactFromList } from "./list-members.ts";

export const contactListsRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(ZContactListRequestSchema)
    .query(({ ctx, input }) => getContactList(ctx, input.id)),
  options: protectedProcedure.query(({ ctx }) => contactListOptions(ctx)),
  create: protectedProcedure
    .input(ZCreateContactListRequestSchema)
    .mutation(({ ctx, input }) => createContactList(ctx, input)),
  addContact: protectedProcedure
    .input(ZContactListMemberRequestSchema)
    .mutation(({ ctx, input }) => addContactToList(ctx, input)),
  addSavedView: protectedProcedure
    .input(ZAddSavedViewRequestSchema)
    .mutation(({ ctx, input }) => addSavedViewToList(ctx, input)),
  removeContact: protectedProcedure
    .input(ZContactListMemberRequestSchema)
    .mutation(({ ctx, input }) => removeContactFromList(ctx, input)),
});
