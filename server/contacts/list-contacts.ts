import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { contactScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema } from "../lists/keyset.ts";
import { listViewSchema, SORT_CREATED, viewSpec, viewWhere, type ListViewDef } from "../lists/list-view.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountsWithDataCollection, maskMechanism, masksMechanisms } from "../consent/data-collection.ts";
import type { ServiceContext } from "../service-context.ts";

export const contactListView: ListViewDef = {
  sorts: {
    name: {
      label: "Name",
      fields: [
        { name: "surname", type: "string" },
        { name: "foreName", type: "string" },
      ],
      dir: "asc",
    },
    // Only orders an index serves: this list is the one that reaches a million rows.
    created: SORT_CREATED,
  },
  defaultSort: "name",
  dateField: "createdAt",
  dateLabel: "Created",
};

export const ZListContactsRequestSchema = ZPageRequestSchema.extend({
  accountId: ZRecordId.optional(),
  customersOnly: z.boolean().optional(),
}).and(listViewSchema(contactListView));
export type ListContactsRequest = z.input<typeof ZListContactsRequestSchema>;

const select = {
  id: true,
  foreName: true,
  middleInitial: true,
  surname: true,
  jobTitle: true,
  isCustomer: true,
  teamId: true,
  account: { select: { id: true, partyGroupName: true, accountType: true } },
  owner: { select: { name: true } },
  team: { select: { name: true } },
  contactMechanisms: {
    where: { isPrimary: true },
    select: { type: true, value: true, e164: true },
  },
} satisfies Prisma.ContactSelect;

/** Contact mechanisms of people without Data Collection consent, masked outside the owning team. */
async function maskUnconsentedContacts<
  Row extends {
    teamId: string;
    account: { id: string; accountType: string } | null;
    contactMechanisms: { value: string; e164: string | null }[];
  },
>(db: ServiceContext["db"], viewer: ServiceContext["viewer"], rows: Row[]): Promise<Row[]> {
  const people = rows.filter((r) => !r.account || r.account.accountType === "INDIVIDUAL");
  if (people.length === 0) return rows;
  const consented = await accountsWithDataCollection(
    db,
    people.flatMap((r) => (r.account ? [r.account.id] : [])),
  );
  return rows.map((r) => {
    const state = !people.includes(r)
      ? ({ required: false } as const)
      : r.account && consented.has(r.account.id)
        ? ({ required: true, consented: true } as const)
        : ({ required: true, consented: false, reason: "" } as const);
    return masksMechanisms(viewer, state, r.teamId)
      ? { ...r, contactMechanisms: r.contactMechanisms.map(maskMechanism) }
      : r;
  });
}

export async function listContacts({ db, viewer }: ServiceContext, input: ListContactsRequest) {
  const req = ZListContactsRequestSchema.parse(input);
  const where: Prisma.ContactWhereInput = {
    AND: [
      contactScope(viewer),
      viewWhere(contactListView, req),
      { accountId: req.accountId, ...(req.customersOnly ? { isCustomer: true } : {}) },
    ],
  };
  const page = await keysetPage(viewSpec(contactListView, req), req, where, (args) =>
    db.contact.findMany({ ...args, select }),
  );
  return { ...page, items: await maskUnconsentedContacts(db, viewer, page.items) };
}
