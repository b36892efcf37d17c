import { z } from "zod";
import { AgreementType } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../lists/id-input.ts";
import { accountScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { agreementStatus } from "./agreement-status.ts";

const day = z.iso.date("Enter a date").transform((d) => new Date(`${d}T00:00:00Z`));

// Seed 001's agreement insert: type, start and end date, and a contract chosen from the
// account's contracts or created on the spot. Status is never input: it is derived.
export const ZCreateAgreementRequestSchema = z
  .object({
    accountId: ZRecordId,
    agreementType: z.enum(AgreementType, "Choose an agreement type"),
    startDate: day,
    endDate: day.optional(),
    contract: z
      .discriminatedUnion("mode", [
        z.object({ mode: z.literal("existing"), contractId: ZRecordId }),
        z.object({
          mode: z.literal("new"),
          contractNumber: z.string().trim().min(1, "Contract Number is required").max(60),
          title: z.string().trim().min(1, "Title is required").max(200),
        }),
        z.object({ mode: z.literal("none") }),
      ])
      .default({ mode: "none" }),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, { path: ["endDate"], message: "End Date must not be before Start Date" });

export type CreateAgreementRequest = z.output<typeof ZCreateAgreementRequestSchema>;

/** Admins manage the consent record; the router only lets admins call this. Takes validated input. */
export async function createAgreement(ctx: ServiceContext, req: CreateAgreementRequest) {
  const account = await ctx.db.account.findFirst({ where: { id: req.accountId, ...accountScope(ctx.viewer) }, select: { id: true } });
  if (!account) throw notFound("Account");

  return mutate(ctx, {
    action: "create",
    entityType: "Agreement",
    run: async (tx) => {
      let contractId: string | undefined;
      if (req.contract.mode === "existing") {
        const contract = await tx.contract.findFirst({ where: { id: req.contract.contractId, accountId: account.id, deletedAt: null } });
        if (!contract) throw notFound("Contract");
        contractId = contract.id;
      } else if (req.contract.mode === "new") {
        if (await tx.contract.count({ where: { contractNumber: req.contract.contractNumber } })) {
          throw new AppError(AppErrorCode.CONFLICT, `Contract Number ${req.contract.contractNumber} already exists`, {
            field: "contractNumber",
          });
        }
        const contract = await tx.contract.create({
          data: { accountId: account.id, contractNumber: req.contract.contractNumber, title: req.contract.title, startDate: req.startDate, endDate: req.endDate },
        });
        contractId = contract.id;
      }
      const agreement = await tx.agreement.create({
        data: { accountId: account.id, agreementType: req.agreementType, startDate: req.startDate, endDate: req.endDate, contractId },
      });
      const result = { ...agreement, status: agreementStatus(agreement) };
      return { result, entityId: agreement.id, after: result };
    },
  });
}
