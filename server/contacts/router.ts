import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZByIdRequestSchema } from "../lists/id-input.ts";
import { listContacts, ZListContactsRequestSchema } from "./list-contacts.ts";
import { getContact } from "./get-contact.ts";

export const contactsRouter = createTRPCRouter({
  list: protectedProcedure.input(ZListContactsRequestSchema).query(({ ctx, input }) => listContacts(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getContact(ctx, input.id)),
});
