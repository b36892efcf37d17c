import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { zIsoDay } from "../records/dates.ts";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { accountScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { mutate, type Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZDay = zIsoDay("Enter a date").transform((d) => new Date(`${d}T00:00:00Z`));

/** What names a contract, wherever one is created (on its own, or on the spot in an agreement). */
export const ZContractNaming = {
  contractNumber: zText()
    .min(1, "Contract Number is required")
    .max(60, "Keep the Contract Number under 60 characters"),
  title: zText().min(1, "Title is required").max(200, "Keep the title under 200 characters"),
};

export const ZCreateContractRequestSchema = z
  .object({ accountId: ZRecordId, ...ZContractNaming, startDate: ZDay, endDate: ZDay.optional() })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "End Date must not be before Start Date",
  });
export type CreateContractRequest = z.output<typeof ZCreateContractRequestSchema>;

type ContractFields = { contractNumber: string; title: string; startDate: Date; endDate?: Date };

const numberTaken = (contractNumber: string) =>
  new AppError(AppErrorCode.CONFLICT, `Contract Number ${contractNumber} already exists`, {
    field: "contractNumber",
  });

/**
 * Contract Numbers are unique across the bank: a second one is a conflict on that field. The count
 * answers the common case; the unique index decides between requests racing for one number.
 */
export async function insertContract(tx: Tx, accountId: string, fields: ContractFields) {
  if (await tx.contract.count({ where: { contractNumber: fields.contractNumber } }))
    throw numberTaken(fields.contractNumber);
  try {
    return await tx.contract.create({
      data: { accountId, ...fields },
      select: {
        id: true,
        contractNumber: true,
        title: true,
        startDate: true,
        endDate: true,
        accountId: true,
      },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw numberTaken(fields.contractNumber);
    throw e;
  }
}

/** Anyone who can see the account records its contracts; consent agreements stay admin-only. */
export async function createContract(ctx: ServiceContext, req: CreateContractRequest) {
  const account = await ctx.db.account.findFirst({
    where: { id: req.accountId, ...accountScope(ctx.viewer) },
    select: { id: true },
  });
  if (!account) throw notFound("Account");
  const { accountId: _account, ...fields } = req;
  return mutate(ctx, {
    action: "contract.create",
    entityType: "Contract",
    run: async (tx) => {
      const contract = await insertContract(tx, account.id, fields);
      return { result: contract, entityId: contract.id, after: contract };
    },
  });
}
