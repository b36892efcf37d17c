import { z } from "zod";
import { AgreementType } from "../generated/prisma/enums.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { insertContract, ZContractNaming, ZDay } from "../contracts/create-contract.ts";
import { mutate } from "../records/mutate.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
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
    /** Renewing: the agreement this one follows, on the same account. Each is renewed once. */
    renewedFromId: ZRecordId.optional(),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "End Date must not be before Start Date",
  });

export type CreateAgreementRequest = z.output<typeof ZCreateAgreementRequestSchema>;

const alreadyRenewed = () =>
  new AppError(AppErrorCode.CONFLICT, "This agreement was already renewed. Open the renewal instead.");

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
      if (req.renewedFromId) {
        const old = await tx.agreement.findFirst({
          where: { id: req.renewedFromId, accountId: account.id, deletedAt: null },
          select: { id: true, renewal: { select: { id: true } } },
        });
        if (!old) throw notFound("Agreement");
        if (old.renewal) throw alreadyRenewed();
      }
      const agreement = await tx.agreement
        .create({
          data: {
            accountId: account.id,
            agreementType: req.agreementType,
            startDate: req.startDate,
            endDate: req.endDate,
            contractId,
            renewedFromId: req.renewedFromId,
          },
        })
        .catch((e: unknown) => {
          // Two renewals of one agreement racing: the unique index on renewedFromId decides.
          if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw alreadyRenewed();
          throw e;
        });
      const result = { ...agreement, status: agreementStatus(agreement) };
      return { result, entityId: agreement.id, after: result };
    },
  });
}
