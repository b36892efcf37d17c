import { accountChildScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { agreementStatus } from "./agreement-status.ts";

export async function getAgreement({ db, viewer }: ServiceContext, id: string, now = new Date()) {
  const agreement = await db.agreement.findFirst({
    where: { id, ...accountChildScope(viewer) },
    include: {
      account: {
        select: {
          id: true,
          partyGroupName: true,
          // For a renewal's Contract Number picker.
          contracts: {
            where: { deletedAt: null },
            select: { id: true, contractNumber: true, title: true },
            orderBy: { contractNumber: "asc" },
          },
        },
      },
      contract: { select: { id: true, contractNumber: true, title: true } },
      renewedFrom: { select: { id: true, startDate: true, endDate: true } },
      renewal: { select: { id: true, startDate: true, endDate: true } },
      reminders: { select: { kind: true, createdAt: true, task: { select: { id: true, status: true } } } },
    },
  });
  if (!agreement) throw notFound("Agreement");
  return { ...agreement, status: agreementStatus(agreement, now) };
}
