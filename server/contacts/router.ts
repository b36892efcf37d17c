import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listContacts, ZListContactsRequestSchema } from "./list-contacts.ts";
import { getContact } from "./get-contact.ts";
import { ZContactDuplicatesRequestSchema, ZCreateContactRequestSchema } from "./contact-input.ts";
import { createContact } from "./create-contact.ts";
import { findContactDuplicates } from "./find-contact-duplicates.ts";

export const contactsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListContactsRequestSchema).query(({ ctx, input }) => listContacts(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getContact(ctx, input.id)),
  duplicates: protectedProcedure.input(ZContactDuplicatesRequestSchema).query(({ ctx, input }) => findContactDuplicates(ctx, input)),
  create: protectedProcedure.input(ZCreateContactRequestSchema).mutation(({ ctx, input }) => createContact(ctx, input)),
});
