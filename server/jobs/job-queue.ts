import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import { logger } from "../logger.ts";
import { pgliteExecutor } from "./pglite-executor.ts";
import { QUEUES } from "./queues.ts";

export type JobQueue = PgBoss;
export type { Job } from "pg-boss";

export type JobQueueTarget = { url: string } | { pglite: PGlite };

/**
 * A started pg-boss on the app's database: PostgreSQL through its own small pool, or the embedded
 * PGlite in-process. Creates every queue of queues.ts with its retry policy and schedules the cron
 * ones. pg-boss keeps its tables in the `pgboss` schema and migrates them itself on start.
 */
export async function startJobQueue(target: JobQueueTarget): Promise<JobQueue> {
  const boss =
    "url" in target
      ? new PgBoss({ connectionString: target.url, max: 4, application_name: "dealfloor-jobs" })
      : new PgBoss({ db: pgliteExecutor(target.pglite) });
  boss.on("error", (err) => logger.error({ err }, "job queue error"));
  await boss.start();
  for (const q of QUEUES) {
    const options = {
      name: q.name,
      retryLimit: q.retryLimit,
      retryDelay: q.retryDelay,
      retryBackoff: q.retryBackoff,
      expireInSeconds: q.expireInSeconds,
    };
    // createQueue is not an upsert: a queue made by an earlier start keeps its row, so update it.
    if (await boss.getQueue(q.name)) await boss.updateQueue(q.name, options);
    else await boss.createQueue(q.name, options);
    if (q.cron) await boss.schedule(q.name, q.cron);
  }
  return boss;
}
