import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { AgreementType } from "../generated/prisma/enums.ts";
import { accountChildScope } from "../access/visibility.ts";
import { keysetPage, ZPageRequestSchema } from "../lists/keyset.ts";
import { listViewSchema, SORT_CREATED, viewSpec, viewWhere, type ListViewDef } from "../lists/list-view.ts";
import { ZRecordId } from "../records/record-id.ts";
import type { ServiceContext } from "../service-context.ts";
import { activeAgreementWhere, agreementStatus, inactiveAgreementWhere } from "./agreement-status.ts";

export const agreementListView: ListViewDef = {
  sorts: {
    start: { label: "Start Date", fields: [{ name: "startDate", type: "date" }], dir: "desc" },
    created: SORT_CREATED,
  },
  defaultSort: "start",
  dateField: "startDate",
  dateLabel: "Start Date",
  ownedVia: "account",
};

export const ZListAgreementsRequestSchema = ZPageRequestSchema.extend({
  status: z.enum(["ACTIVE", "INACTIVE", "ALL"]).default("ACTIVE"),
  agreementType: z.enum(AgreementType).optional(),
  accountId: ZRecordId.optional(),
}).and(listViewSchema(agreementListView));
export type ListAgreementsRequest = z.input<typeof ZListAgreementsRequestSchema>;

const select = {
  id: true,
  agreementType: true,
  startDate: true,
  endDate: true,
  endedAt: true,
  withdrawnAt: true,
  account: { select: { id: true, partyGroupName: true } },
  contract: { select: { id: true, contractNumber: true } },
} satisfies Prisma.AgreementSelect;

export async function listAgreements(
  { db, viewer }: ServiceContext,
  input: ListAgreementsRequest,
  now = new Date(),
) {
  const req = ZListAgreementsRequestSchema.parse(input);
  const byStatus =
    req.status === "ACTIVE"
      ? activeAgreementWhere(now)
      : req.status === "INACTIVE"
        ? inactiveAgreementWhere(now)
        : {};
  const where: Prisma.AgreementWhereInput = {
    AND: [
      accountChildScope(viewer),
      viewWhere(agreementListView, req),
      byStatus,
      { agreementType: req.agreementType, accountId: req.accountId },
    ],
  };
  const page = await keysetPage(viewSpec(agreementListView, req), req, where, (args) =>
    db.agreement.findMany({ ...args, select }),
  );
  return { ...page, items: page.items.map((a) => ({ ...a, status: agreementStatus(a, now) })) };
}
