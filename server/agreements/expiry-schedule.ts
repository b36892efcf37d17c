import { processDb } from "../db/process-client.ts";
import { logger } from "../logger.ts";
import { createExpiryTasks } from "./expiry.ts";

// Runs the expiry job in every app process: shortly after start, then hourly. Nothing here makes
// it run once; createExpiryTasks does, through the unique (agreementId, kind) key, so any number
// of instances may run it side by side. (pg-boss was proven here but is not a dependency yet;
// with it, this becomes a cron schedule whose handler calls the same function.)
const FIRST_RUN_MS = 15_000;
const EVERY_MS = 60 * 60_000;

const flag = globalThis as unknown as { dealfloorExpirySchedule?: boolean };

async function runOnce() {
  try {
    const created = await createExpiryTasks(processDb());
    if (created) logger.info({ created }, "agreement expiry reminders created");
  } catch (err) {
    logger.error({ err }, "agreement expiry job failed; it runs again within the hour");
  }
}

export function startExpirySchedule(): void {
  if (flag.dealfloorExpirySchedule || process.env.DEALFLOOR_DISABLE_SCHEDULES === "1") return;
  flag.dealfloorExpirySchedule = true;
  setTimeout(() => void runOnce(), FIRST_RUN_MS).unref();
  setInterval(() => void runOnce(), EVERY_MS).unref();
}
