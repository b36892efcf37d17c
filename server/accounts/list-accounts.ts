import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { AccountType, Segment } from "../generated/prisma/enums.ts";
import { accountScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema } from "../lists/keyset.ts";
import {
  listViewSchema,
  SORT_CREATED,
  SORT_UPDATED,
  viewSpec,
  viewWhere,
  type ListViewDef,
} from "../lists/list-view.ts";
import type { ServiceContext } from "../service-context.ts";
import { maskAccountIdentifiers } from "./mask-identifiers.ts";

export const accountListView: ListViewDef = {
  sorts: {
    name: { label: "Party Group Name", fields: [{ name: "partyGroupName", type: "string" }], dir: "asc" },
    created: SORT_CREATED,
    updated: SORT_UPDATED,
  },
  defaultSort: "name",
  dateField: "createdAt",
  dateLabel: "Created",
};

export const ZListAccountsRequestSchema = ZPageRequestSchema.extend({
  accountType: z.enum(AccountType).optional(),
  segment: z.enum(Segment).optional(),
}).and(listViewSchema(accountListView));
export type ListAccountsRequest = z.input<typeof ZListAccountsRequestSchema>;

const select = {
  id: true,
  partyGroupName: true,
  accountType: true,
  accountPin: true,
  fiscalRegistrationNo: true,
  commercialRegistration: true,
  location: true,
  segment: true,
  kycStatus: true,
  isCustomer: true,
  creditLimit: true,
  creditExposure: true,
  creditCurrency: true,
  teamId: true,
  owner: { select: { name: true } },
  team: { select: { name: true } },
} satisfies Prisma.AccountSelect;

export async function listAccounts({ db, viewer }: ServiceContext, input: ListAccountsRequest) {
  const req = ZListAccountsRequestSchema.parse(input);
  const where: Prisma.AccountWhereInput = {
    AND: [
      accountScope(viewer),
      viewWhere(accountListView, req),
      { accountType: req.accountType, segment: req.segment },
    ],
  };
  const page = await keysetPage(viewSpec(accountListView, req), req, where, (args) =>
    db.account.findMany({ ...args, select }),
  );
  return { ...page, items: page.items.map((a) => maskAccountIdentifiers(viewer, a)) };
}
