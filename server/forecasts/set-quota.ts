import { z } from "zod";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { forecastScope } from "../access/visibility-rule.ts";
import { visibleUser } from "./forecast-scope.ts";
import { dateKey, periodFromKey, ZDateKey, ZPeriodType } from "./forecast-periods.ts";
import { ZMoneyAmount } from "./adjust-forecast.ts";

export const ZSetQuotaRequestSchema = z.object({
  userId: ZRecordId,
  periodType: ZPeriodType,
  periodStart: ZDateKey,
  amount: ZMoneyAmount,
  currency: zText({ trim: false })
    .regex(/^[A-Z]{3}$/, "A three-letter currency code")
    .default("EUR"),
});

/** Sets a person's quota for a period: managers for the people in their teams, admins for anyone. */
export async function setQuota(
  { db, viewer, requestId }: ServiceContext,
  input: z.input<typeof ZSetQuotaRequestSchema>,
) {
  const req = ZSetQuotaRequestSchema.parse(input);
  const person = await visibleUser(db, forecastScope(viewer), req.userId);
  if (viewer.role !== "ADMIN" && person.id === viewer.id)
    throw new AppError(AppErrorCode.FORBIDDEN, "Your own quota is set by an admin.");
  const periodStart = periodFromKey(req.periodStart, req.periodType);
  return db.$transaction(async (tx) => {
    const key = {
      userId_periodType_periodStart: { userId: person.id, periodType: req.periodType, periodStart },
    };
    const before = await tx.salesQuota.findUnique({ where: key });
    const quota = await tx.salesQuota.upsert({
      where: key,
      create: {
        userId: person.id,
        periodType: req.periodType,
        periodStart,
        amount: req.amount,
        currency: req.currency,
        setById: viewer.id,
      },
      update: { amount: req.amount, currency: req.currency, setById: viewer.id },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: before ? "quota.update" : "quota.create",
      entityType: "SalesQuota",
      entityId: quota.id,
      before: before && { ...before, periodStart: dateKey(before.periodStart) },
      after: { ...quota, periodStart: dateKey(quota.periodStart), person: person.name },
      requestId,
    });
    return {
      id: quota.id,
      amount: quota.amount.toFixed(2),
      currency: quota.currency,
      periodStart: dateKey(quota.periodStart),
    };
  });
}
