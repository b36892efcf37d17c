import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { contactScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import { ZRecordId } from "../lists/id-input.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZListContactsRequestSchema = ZPageRequestSchema.extend({
  accountId: ZRecordId.optional(),
  customersOnly: z.boolean().optional(),
});
export type ListContactsRequest = z.input<typeof ZListContactsRequestSchema>;

const spec: KeysetSpec = {
  fields: [
    { name: "surname", dir: "asc", type: "string" },
    { name: "foreName", dir: "asc", type: "string" },
  ],
};

const select = {
  id: true,
  foreName: true,
  middleInitial: true,
  surname: true,
  jobTitle: true,
  isCustomer: true,
  account: { select: { id: true, partyGroupName: true } },
  owner: { select: { name: true } },
  team: { select: { name: true } },
  contactMechanisms: {
    where: { isPrimary: true },
    select: { type: true, value: true, e164: true },
  },
} satisfies Prisma.ContactSelect;

export async function listContacts({ db, viewer }: ServiceContext, input: ListContactsRequest) {
  const req = ZListContactsRequestSchema.parse(input);
  const where: Prisma.ContactWhereInput = {
    AND: [contactScope(viewer), { accountId: req.accountId, ...(req.customersOnly ? { isCustomer: true } : {}) }],
  };
  return keysetPage(spec, req, where, (args) => db.contact.findMany({ ...args, select }));
}
