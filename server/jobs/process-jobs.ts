import { processPglite } from "../db/process-client.ts";
import { databaseUrl } from "../../scripts/lib/database-url.mjs";
import { startJobQueue, type JobQueue } from "./job-queue.ts";

// One job queue per process, on the process's database (the same PGlite instance on the embedded
// default). On globalThis, like processDb(), because instrumentation.ts and the routes are bundled
// apart and must share it.
const globalForJobs = globalThis as unknown as { dealfloorJobs?: Promise<JobQueue> };

export function processJobQueue(): Promise<JobQueue> {
  if (!globalForJobs.dealfloorJobs) {
    const pglite = processPglite();
    globalForJobs.dealfloorJobs = startJobQueue(pglite ? { pglite } : { url: databaseUrl() });
    // A failed start is retried by the next caller rather than cached.
    globalForJobs.dealfloorJobs.catch(() => (globalForJobs.dealfloorJobs = undefined));
  }
  return globalForJobs.dealfloorJobs;
}
