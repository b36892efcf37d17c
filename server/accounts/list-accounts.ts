import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { AccountType, Segment } from "../generated/prisma/enums.ts";
import { accountScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import type { ServiceContext } from "../service-context.ts";
import { maskAccountIdentifiers } from "./mask-identifiers.ts";

export const ZListAccountsRequestSchema = ZPageRequestSchema.extend({
  accountType: z.enum(AccountType).optional(),
  segment: z.enum(Segment).optional(),
});
export type ListAccountsRequest = z.input<typeof ZListAccountsRequestSchema>;

const spec: KeysetSpec = { fields: [{ name: "partyGroupName", dir: "asc", type: "string" }] };

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
    AND: [accountScope(viewer), { accountType: req.accountType, segment: req.segment }],
  };
  const page = await keysetPage(spec, req, where, (args) => db.account.findMany({ ...args, select }));
  return { ...page, items: page.items.map((a) => maskAccountIdentifiers(viewer, a)) };
}
