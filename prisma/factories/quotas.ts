import type { Rng } from "../random.ts";
import { quarterStart } from "../random.ts";
import type { ForecastAdjustment, SalesQuota } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { createUser } from "./users.ts";

export type SalesQuotaRow = CreateManyRow<"salesQuota">;
export type ForecastAdjustmentRow = CreateManyRow<"forecastAdjustment">;

export function buildSalesQuota(
  rng: Rng,
  overrides: Partial<SalesQuotaRow> & Pick<SalesQuotaRow, "userId">,
  { now = new Date() }: { now?: Date } = {},
): SalesQuotaRow {
  return {
    id: rng.uuid(),
    periodType: "QUARTER",
    periodStart: quarterStart(now),
    amount: (rng.int(10, 60) * 100_000).toFixed(2),
    currency: "EUR",
    ...overrides,
  };
}

export function buildForecastAdjustment(
  rng: Rng,
  overrides: Partial<ForecastAdjustmentRow> & Pick<ForecastAdjustmentRow, "adjustedById">,
  { now = new Date() }: { now?: Date } = {},
): ForecastAdjustmentRow {
  return {
    id: rng.uuid(),
    periodType: "QUARTER",
    periodStart: quarterStart(now),
    category: "COMMIT",
    amount: (rng.int(5, 50) * 100_000).toFixed(2),
    currency: "EUR",
    reason: "Manager's view after the pipeline review",
    createdAt: now,
    ...overrides,
  };
}

/** A quota for this quarter by default; without a user, a rep is created. */
export async function createSalesQuota(
  db: DbClient,
  overrides: Partial<SalesQuotaRow> = {},
): Promise<SalesQuota> {
  const userId = overrides.userId ?? (await createUser(db)).id;
  return db.salesQuota.create({ data: buildSalesQuota(factoryRng(), { ...overrides, userId }) });
}

export async function createForecastAdjustment(
  db: DbClient,
  overrides: Partial<ForecastAdjustmentRow> & Pick<ForecastAdjustmentRow, "adjustedById">,
): Promise<ForecastAdjustment> {
  return db.forecastAdjustment.create({ data: buildForecastAdjustment(factoryRng(), overrides) });
}
