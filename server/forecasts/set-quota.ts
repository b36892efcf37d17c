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
import { TX_OPTIONS } from "../records/mutate.ts";

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
    const values = { amount: req.amount, currency: req.currency, setById: viewer.id };
    // Created in one statement when absent: ON CONFLICT DO NOTHING waits for a concurrent insert
    // of the same key and then does nothing, so of concurrent first sets exactly one creates.
    const { count: created } = await tx.salesQuota.createMany({
      data: [{ userId: person.id, periodType: req.periodType, periodStart, ...values }],
      skipDuplicates: true,
    });
    let before = null;
    if (!created) {
      // Someone set it first: lock it, then read it, so this update's "before" is what it replaces.
      const { id } = await tx.salesQuota.findUniqueOrThrow({ where: key, select: { id: true } });
      await tx.$queryRaw`SELECT 1 FROM "SalesQuota" WHERE "id" = ${id}::uuid FOR UPDATE`;
      before = await tx.salesQuota.findUniqueOrThrow({ where: { id } });
    }
    const quota = created
      ? await tx.salesQuota.findUniqueOrThrow({ where: key })
      : await tx.salesQuota.update({ where: key, data: values });
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
  }, TX_OPTIONS);
}
