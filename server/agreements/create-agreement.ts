import { z } from "zod";
import { AgreementType } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { insertContract, ZContractNaming, ZDay } from "../contracts/create-contract.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import { agreementStatus } from "./agreement-status.ts";

// Seed 001's agreement insert: type, start and end date, and a contract chosen from the
// account's contracts or created on the spot. Status is never input: it is derived.
export const ZCreateAgreementRequestSchema = z
  .object({
    accountId: ZRecordId,
    agreementType: z.enum(AgreementType, "Choose an agreement type"),
    startDate: ZDay,
    endDate: ZDay.optional(),
    contract: z
      .discriminatedUnion("mode", [
        z.object({ mode: z.literal("existing"), contractId: ZRecordId }),
        z.object({ mode: z.literal("new"), ...ZContractNaming }),
        z.object({ mode: z.literal("none") }),
      ])
      .default({ mode: "none" }),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "End Date must not be before Start Date",
  });

export type CreateAgreementRequest = z.output<typeof ZCreateAgreementRequestSchema>;

/** Admins manage the consent record; the router only lets admins call this. Takes validated input. */
export async function createAgreement(ctx: ServiceContext, req: CreateAgreementRequest) {
  const account = await ctx.db.account.findFirst({
    where: { id: req.accountId, ...accountScope(ctx.viewer) },
    select: { id: true },
  });
  if (!account) throw notFound("Account");

  return mutate(ctx, {
    action: "create",
    entityType: "Agreement",
    run: async (tx) => {
      let contractId: string | undefined;
      if (req.contract.mode === "existing") {
        const contract = await tx.contract.findFirst({
          where: { id: req.contract.contractId, accountId: account.id, deletedAt: null },
        });
        if (!contract) throw notFound("Contract");
        contractId = contract.id;
      } else if (req.contract.mode === "new") {
        const { contractNumber, title } = req.contract;
        contractId = (
          await insertContract(tx, account.id, {
            contractNumber,
            title,
            startDate: req.startDate,
            endDate: req.endDate,
          })
        ).id;
      }
      const agreement = await tx.agreement.create({
        data: {
          accountId: account.id,
          agreementType: req.agreementType,
          startDate: req.startDate,
          endDate: req.endDate,
          contractId,
        },
      });
      const result = { ...agreement, status: agreementStatus(agreement) };
      return { result, entityId: agreement.id, after: result };
    },
  });
}
