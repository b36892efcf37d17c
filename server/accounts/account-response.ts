import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { AccountType, ContactMechType, KycStatus, Segment } from "../generated/prisma/enums.ts";

// What an account procedure may return. Account PIN and Fiscal Registration No leave the server
// only through maskAccountIdentifiers(viewer, …), which masks them outside the owning team; the schemas
// below are the procedures' tRPC .output(), so a path that forgets it fails closed: a record
// without `identifiersMasked`, or marked masked with a whole value, is an output error (500), never
// a leak. The object schemas also strip every field they do not name.

const ZDecimal = z.custom<Prisma.Decimal>((v) => Prisma.Decimal.isDecimal(v), "Expected a Decimal");
/** maskIdentifier's output: "•••", or up to eight dots and the last three characters. */
const ZMaskedIdentifier = z
  .string()
  .regex(/^(•{3,8}[^•]{0,3})?$/u, "An identifier outside the owning team must be masked")
  .nullable();

/** The shape with its identifiers: whole (owning team) or masked (anyone else), by `identifiersMasked`. */
function withIdentifiers<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.discriminatedUnion("identifiersMasked", [
    z.object({
      ...shape,
      identifiersMasked: z.literal(false),
      accountPin: z.string().nullable(),
      fiscalRegistrationNo: z.string().nullable(),
    }),
    z.object({
      ...shape,
      identifiersMasked: z.literal(true),
      accountPin: ZMaskedIdentifier,
      fiscalRegistrationNo: ZMaskedIdentifier,
    }),
  ]);
}

const accountColumns = {
  id: z.string(),
  partyGroupName: z.string(),
  accountType: z.enum(AccountType),
  commercialRegistration: z.string().nullable(),
  location: z.string().nullable(),
  locationComments: z.string().nullable(),
  isCustomer: z.boolean(),
  customerSince: z.date().nullable(),
  segment: z.enum(Segment),
  kycStatus: z.enum(KycStatus),
  productsHeld: z.array(z.string()),
  preferredInstruments: z.array(z.string()),
  creditLimit: ZDecimal,
  creditExposure: ZDecimal,
  creditCurrency: z.string(),
  annualRevenue: ZDecimal.nullable(),
  revenueCurrency: z.string().nullable(),
  culture: z.string().nullable(),
  ownerId: z.string(),
  teamId: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
  deletedAt: z.date().nullable(),
};

const ZMechanism = z.object({
  id: z.string(),
  type: z.enum(ContactMechType),
  purpose: z.string().nullable(),
  value: z.string(),
  e164: z.string().nullable(),
  emailLower: z.string().nullable(),
  isPrimary: z.boolean(),
  contactId: z.string().nullable(),
  accountId: z.string().nullable(),
  leadId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** An account's row, as create and update return it. */
export const ZAccountRowResponseSchema = withIdentifiers(accountColumns);

/** An account's page (accounts.byId): the row, its owner, team and contact mechanisms. */
export const ZAccountResponseSchema = withIdentifiers({
  ...accountColumns,
  owner: z.object({ id: z.string(), name: z.string() }),
  team: z.object({ id: z.string(), name: z.string() }),
  contactMechanisms: z.array(ZMechanism),
});

/** One row of the accounts list. */
export const ZAccountListItemResponseSchema = withIdentifiers({
  id: z.string(),
  partyGroupName: z.string(),
  accountType: z.enum(AccountType),
  commercialRegistration: z.string().nullable(),
  location: z.string().nullable(),
  segment: z.enum(Segment),
  kycStatus: z.enum(KycStatus),
  isCustomer: z.boolean(),
  creditLimit: ZDecimal,
  creditExposure: ZDecimal,
  creditCurrency: z.string(),
  teamId: z.string(),
  owner: z.object({ name: z.string() }),
  team: z.object({ name: z.string() }),
});

export const ZAccountListResponseSchema = z.object({
  items: z.array(ZAccountListItemResponseSchema),
  nextCursor: z.string().nullable(),
});
