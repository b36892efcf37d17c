import type { Db } from "../db/create-client.ts";

export type Health = { status: "ok" | "error"; database: "reachable" | "unreachable"; latencyMs: number; error?: string };

export async function checkHealth(db: Db): Promise<Health> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: "reachable", latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return {
      status: "error",
      database: "unreachable",
      latencyMs: Math.round(performance.now() - started),
      error: e instanceof Error ? e.message.slice(0, 200) : "unknown",
    };
  }
}
