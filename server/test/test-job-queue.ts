import type { TestDb } from "./test-db.ts";
import type { Db } from "../db/create-client.ts";
import type { MessageState } from "../generated/prisma/enums.ts";
import { startJobQueue, type JobQueue } from "../jobs/job-queue.ts";

/** The app's job queue (pg-boss) on a test database: in-process on PGlite, its own pool on PostgreSQL. */
export function startTestJobQueue(t: TestDb): Promise<JobQueue> {
  return startJobQueue(t.pglite ? { pglite: t.pglite } : { url: t.url });
}

/** Stops the queue without waiting for its polling loops to drain (tests close the database next). */
export async function stopTestJobQueue(boss: JobQueue): Promise<void> {
  await boss.stop({ graceful: false, wait: true, timeout: 2000 });
}

/** Waits until an outbound message reaches one of `states` (the queue's workers move it); returns it. */
export async function waitForMessageState(db: Db, id: string, states: MessageState[], timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const m = await db.outboundMessage.findUniqueOrThrow({ where: { id } });
    if (states.includes(m.state)) return m;
    if (Date.now() > until) throw new Error(`message ${id} is ${m.state}, expected ${states.join("/")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
