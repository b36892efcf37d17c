import type { TestDb } from "./test-db.ts";
import { startJobQueue, type JobQueue } from "../jobs/job-queue.ts";

/** The app's job queue (pg-boss) on a test database: in-process on PGlite, its own pool on PostgreSQL. */
export function startTestJobQueue(t: TestDb): Promise<JobQueue> {
  return startJobQueue(t.pglite ? { pglite: t.pglite } : { url: t.url });
}

/** Stops the queue without waiting for its polling loops to drain (tests close the database next). */
export async function stopTestJobQueue(boss: JobQueue): Promise<void> {
  await boss.stop({ graceful: false, wait: true, timeout: 2000 });
}
