import { z } from "zod";
import { accountChildScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { ZDay } from "../contracts/create-contract.ts";
import { ZRecordId } from "../records/record-id.ts";
import { zText } from "../records/text.ts";
import { assertVersion, mutate, type Tx } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { Agreement } from "../generated/prisma/client.ts";
import { agreementStatus, startOfUtcDay } from "./agreement-status.ts";

// The lifecycle of a consent agreement after its insert: correct its dates, end it now, or record
// the customer's withdrawal. Each takes effect at once: marketing consent (consent/) reads only
// agreements without `endedAt`. Each is a conditional update on (id, version, not ended), so of
// concurrent calls exactly one changes the row and writes its audit entry; the others get CONFLICT.
// The services take input the router has validated with the schemas below.

const ZVersioned = { id: ZRecordId, version: z.number().int().min(1) };

export const ZCorrectAgreementDatesRequestSchema = z
  .object({ ...ZVersioned, startDate: ZDay, endDate: ZDay.nullable() })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "End Date must not be before Start Date",
  });
export const ZEndAgreementRequestSchema = z.object(ZVersioned);
export const ZWithdrawAgreementRequestSchema = z.object({
  ...ZVersioned,
  reason: zText({ multiline: true })
    .min(1, "Say why the customer withdrew consent")
    .max(500, "Keep the reason under 500 characters"),
});

const ended = (a: Pick<Agreement, "withdrawnAt">) =>
  new AppError(
    AppErrorCode.CONFLICT,
    a.withdrawnAt
      ? "This agreement was already withdrawn. Renew it to record new consent."
      : "This agreement was already ended. Renew it to record new consent.",
  );

async function visibleAgreement(ctx: ServiceContext, tx: Tx, id: string) {
  const agreement = await tx.agreement.findFirst({ where: { id, ...accountChildScope(ctx.viewer) } });
  if (!agreement) throw notFound("Agreement");
  return agreement;
}

/**
 * Writes `data` only if the agreement is still open at the version the caller saw: check and write
 * are one statement, so racing callers queue on the row lock and all but the first find it moved.
 */
async function claim(tx: Tx, before: Agreement, version: number, data: Partial<Agreement>) {
  if (before.endedAt) throw ended(before);
  assertVersion(before, version, "Agreement");
  const { count } = await tx.agreement.updateMany({
    where: { id: before.id, version, endedAt: null, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) {
    const now = await tx.agreement.findUniqueOrThrow({ where: { id: before.id } });
    if (now.endedAt) throw ended(now);
    assertVersion(now, version, "Agreement");
  }
  const after = await tx.agreement.findUniqueOrThrow({ where: { id: before.id } });
  return { ...after, status: agreementStatus(after) };
}

export async function correctAgreementDates(
  ctx: ServiceContext,
  req: z.output<typeof ZCorrectAgreementDatesRequestSchema>,
) {
  return mutate(ctx, {
    action: "correctDates",
    entityType: "Agreement",
    run: async (tx) => {
      const before = await visibleAgreement(ctx, tx, req.id);
      const after = await claim(tx, before, req.version, { startDate: req.startDate, endDate: req.endDate });
      return { result: after, entityId: before.id, before, after };
    },
  });
}

/** The End Date an agreement ended today carries: today, but never before its Start Date. */
function endDateToday(a: Agreement, now: Date): Date {
  const today = startOfUtcDay(now);
  if (a.endDate && a.endDate <= today) return a.endDate;
  return a.startDate > today ? a.startDate : today;
}

export async function endAgreementNow(ctx: ServiceContext, req: z.output<typeof ZEndAgreementRequestSchema>) {
  return mutate(ctx, {
    action: "end",
    entityType: "Agreement",
    run: async (tx) => {
      const before = await visibleAgreement(ctx, tx, req.id);
      const now = new Date();
      const after = await claim(tx, before, req.version, {
        endedAt: now,
        endDate: endDateToday(before, now),
      });
      return { result: after, entityId: before.id, before, after };
    },
  });
}

export async function withdrawAgreement(
  ctx: ServiceContext,
  req: z.output<typeof ZWithdrawAgreementRequestSchema>,
) {
  return mutate(ctx, {
    action: "withdraw",
    entityType: "Agreement",
    run: async (tx) => {
      const before = await visibleAgreement(ctx, tx, req.id);
      const now = new Date();
      const after = await claim(tx, before, req.version, {
        endedAt: now,
        withdrawnAt: now,
        withdrawalReason: req.reason,
        endDate: endDateToday(before, now),
      });
      return { result: after, entityId: before.id, before, after };
    },
  });
}
