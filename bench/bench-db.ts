// Scratch PostgreSQL database for a bench: created, migrated, dropped afterwards.
import pg from "pg";
import { deploy } from "../scripts/lib/migrator.mjs";

export const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgres://root@127.0.0.1:5432/test";

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function scratchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dealfloor_bench_${label}_${process.pid}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  await deploy(u.toString());
  return { url: u.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Runs `fn` `runs` times after `warmup` runs; p50, p95 and max in ms. */
export async function timeIt(fn: () => Promise<unknown>, runs = 30, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)]!;
  return { p50: at(50), p95: at(95), max: ms[ms.length - 1]! };
}

export function line(label: string, t: { p50: number; p95: number; max: number }, target?: number) {
  const verdict =
    target === undefined ? "" : t.p95 <= target ? `  ✓ target ≤ ${target} ms` : `  ✗ target ≤ ${target} ms`;
  console.log(
    `  ${label.padEnd(52)} p50 ${t.p50.toFixed(1).padStart(7)} ms   p95 ${t.p95.toFixed(1).padStart(7)} ms   max ${t.max.toFixed(1).padStart(7)} ms${verdict}`,
  );
}
