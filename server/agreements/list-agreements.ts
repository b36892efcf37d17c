import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { AgreementType } from "../generated/prisma/enums.ts";
import { accountChildScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema, type KeysetSpec } from "../lists/keyset.ts";
import { ZRecordId } from "../lists/id-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { activeAgreementWhere, agreementStatus, inactiveAgreementWhere } from "./agreement-status.ts";

export const ZListAgreementsRequestSchema = ZPageRequestSchema.extend({
  status: z.enum(["ACTIVE", "INACTIVE", "ALL"]).default("ACTIVE"),
  agreementType: z.enum(AgreementType).optional(),
  accountId: ZRecordId.optional(),
});
export type ListAgreementsRequest = z.input<typeof ZListAgreementsRequestSchema>;

const spec: KeysetSpec = { fields: [{ name: "startDate", dir: "desc", type: "date" }] };

const select = {
  id: true,
  agreementType: true,
  startDate: true,
  endDate: true,
  account: { select: { id: true, partyGroupName: true } },
  contract: { select: { id: true, contractNumber: true } },
} satisfies Prisma.AgreementSelect;

export async function listAgreements({ db, viewer }: ServiceContext, input: ListAgreementsRequest, now = new Date()) {
  const req = ZListAgreementsRequestSchema.parse(input);
  const byStatus =
    req.status === "ACTIVE" ? activeAgreementWhere(now) : req.status === "INACTIVE" ? inactiveAgreementWhere(now) : {};
  const where: Prisma.AgreementWhereInput = {
    AND: [accountChildScope(viewer), byStatus, { agreementType: req.agreementType, accountId: req.accountId }],
  };
  const page = await keysetPage(spec, req, where, (args) => db.agreement.findMany({ ...args, select }));
  return { ...page, items: page.items.map((a) => ({ ...a, status: agreementStatus(a, now) })) };
}
