import type { Db } from "../db/create-client.ts";
import { logger } from "../logger.ts";

export type Health = { status: "ok" | "error"; database: "reachable" | "unreachable"; latencyMs: number };

/**
 * Answers load balancers without a session, so it says only whether the database answered: the
 * driver's message (host, user, database name) goes to the log, never to the caller.
 */
export async function checkHealth(db: Db): Promise<Health> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: "reachable", latencyMs: latencyMs() };
  } catch (err) {
    logger.error({ err }, "health check: database unreachable");
    return { status: "error", database: "unreachable", latencyMs: latencyMs() };
  }
}
