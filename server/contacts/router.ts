import { softDelete } from "../records/soft-delete.ts";
import { recordHistory } from "../audit/record-history.ts";
import { createTRPCRouter, protectedProcedure } from "../trpc/init.ts";
import { ZAddMechanismRequestSchema } from "../contact-mechanisms/mechanism-input.ts";
import { addMechanism } from "../contact-mechanisms/edit-mechanisms.ts";
import { ZByIdRequestSchema } from "../records/record-id.ts";
import { listContacts, ZListContactsRequestSchema } from "./list-contacts.ts";
import { getContact } from "./get-contact.ts";
import {
  ZContactDuplicatesRequestSchema,
  ZCreateContactRequestSchema,
  ZUpdateContactRequestSchema,
} from "./contact-input.ts";
import { updateContact } from "./update-contact.ts";
import { createContact } from "./create-contact.ts";
import { findContactDuplicates } from "./find-contact-duplicates.ts";

export const contactsRouter = createTRPCRouter({
  addMechanism: protectedProcedure
    .input(ZAddMechanismRequestSchema)
    .mutation(({ ctx, input }) => addMechanism(ctx, "Contact", input)),
  history: protectedProcedure
    .input(ZByIdRequestSchema)
    .query(({ ctx, input }) => recordHistory(ctx, { entityType: "Contact", id: input.id })),
  delete: protectedProcedure
    .input(ZByIdRequestSchema)
    .mutation(({ ctx, input }) => softDelete(ctx, "Contact", input.id)),
  list: protectedProcedure
    .input(ZListContactsRequestSchema)
    .query(({ ctx, input }) => listContacts(ctx, input)),
  byId: protectedProcedure.input(ZByIdRequestSchema).query(({ ctx, input }) => getContact(ctx, input.id)),
  duplicates: protectedProcedure
    .input(ZContactDuplicatesRequestSchema)
    .query(({ ctx, input }) => findContactDuplicates(ctx, input)),
  create: protectedProcedure
    .input(ZCreateContactRequestSchema)
    .mutation(({ ctx, input }) => createContact(ctx, input)),
  update: protectedProcedure
    .input(ZUpdateContactRequestSchema)
    .mutation(({ ctx, input }) => updateContact(ctx, input)),
});
