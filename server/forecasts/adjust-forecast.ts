import { z } from "zod";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { forecastScope } from "../access/visibility-rule.ts";
import { visibleTeam, visibleUser } from "./forecast-scope.ts";
import { dateKey, periodFromKey, ZDateKey, ZPeriodType } from "./forecast-periods.ts";
import { ADJUSTABLE } from "./forecast-rollup.ts";
import { REPORTING_CURRENCY } from "./fx-to-eur.ts";

/** A money amount as entered: up to 16 digits and 2 decimals, no sign. */
export const ZMoneyAmount = zText({ trim: false })
  .trim()
  .regex(/^\d{1,16}(\.\d{1,2})?$/, "Enter an amount such as 250000 or 250000.50");

export const ZAdjustForecastRequestSchema = z.object({
  periodType: ZPeriodType,
  periodStart: ZDateKey,
  category: z.enum(ADJUSTABLE),
  /** The team the figure belongs to; with userId, that person's figure in the team. */
  teamId: ZRecordId,
  userId: ZRecordId.optional(),
  amount: ZMoneyAmount,
  reason: zText({ multiline: true })
    .min(5, "Say why, in a few words")
    .max(500, "Keep the reason under 500 characters"),
});

/**
 * A manager's (or admin's) adjustment of a person's or a team's forecast figure. A new row every
 * time: the newest counts, the history stays, and the audit log records it in the same transaction.
 */
export async function adjustForecast(
  { db, viewer, requestId }: ServiceContext,
  input: z.input<typeof ZAdjustForecastRequestSchema>,
) {
  const req = ZAdjustForecastRequestSchema.parse(input);
  const scope = forecastScope(viewer);
  const team = await visibleTeam(db, scope, req.teamId);
  const person = req.userId ? await visibleUser(db, scope, req.userId, team.id) : null;
  const periodStart = periodFromKey(req.periodStart, req.periodType);

  return db.$transaction(async (tx) => {
    const previous = await tx.forecastAdjustment.findFirst({
      where: {
        periodType: req.periodType,
        periodStart,
        category: req.category,
        subjectUserId: person?.id ?? null,
        teamId: team.id,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, amount: true, currency: true, reason: true, adjustedById: true, createdAt: true },
    });
    const created = await tx.forecastAdjustment.create({
      data: {
        subjectUserId: person?.id ?? null,
        teamId: team.id,
        periodType: req.periodType,
        periodStart,
        category: req.category,
        amount: req.amount,
        currency: REPORTING_CURRENCY,
        reason: req.reason,
        adjustedById: viewer.id,
      },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "forecast.adjust",
      entityType: "ForecastAdjustment",
      entityId: created.id,
      before: previous,
      after: {
        ...created,
        periodStart: dateKey(created.periodStart),
        team: team.name,
        person: person?.name ?? null,
      },
      requestId,
    });
    return { id: created.id, amount: created.amount.toFixed(2), createdAt: created.createdAt };
  });
}
