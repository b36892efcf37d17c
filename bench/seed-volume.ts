// How fast the bulk factory paths write contacts: 100k contacts with a phone and an e-mail each,
// on PostgreSQL, through insertByUnnest (one array per column) and, on a slice, through
// insertInChunks (Prisma createMany, 5,000 a chunk) for comparison.
// Run: `npx tsx bench/seed-volume.ts [count] [createManyCount]` (DATABASE_URL=postgres://… to use
// an existing migrated database; otherwise a scratch database is created, migrated and dropped).
import pg from "pg";
import { createPrismaClient } from "../server/db/create-client.ts";
import { deploy } from "../scripts/lib/migrator.mjs";
import { createRng } from "../prisma/random.ts";
import {
  buildContact,
  buildContactMechanisms,
  buildTeam,
  buildUser,
  insertByUnnest,
  insertInChunks,
  type CreateManyRow,
} from "../prisma/factories/index.ts";
import { runBench } from "./run-bench.ts";

const COUNT = Number(process.argv[2] ?? 100_000);
// createMany costs ~0.5 ms of client CPU a row: a slice is enough to extrapolate.
const CREATE_MANY_COUNT = Number(process.argv[3] ?? 20_000);
const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgres://root@127.0.0.1:5432/test";

type Batch = { contacts: CreateManyRow<"contact">[]; mechanisms: CreateManyRow<"contactMechanism">[] };

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function report(label: string, contacts: number, rows: number, ms: number) {
  const perSec = rows / (ms / 1000);
  const oneMillion = (1_000_000 / contacts) * ms;
  console.log(
    `  ${label.padEnd(28)} ${contacts.toLocaleString().padStart(9)} contacts ${rows.toLocaleString().padStart(9)} rows ` +
      `${(ms / 1000).toFixed(1).padStart(7)} s ${Math.round(perSec).toLocaleString().padStart(9)} rows/s   ` +
      `1M contacts ≈ ${(oneMillion / 60_000).toFixed(1)} min`,
  );
}

async function main() {
  let url = process.env.DATABASE_URL;
  let scratch: string | null = null;
  if (!url?.startsWith("postgres")) {
    scratch = `dealfloor_bench_${process.pid}`;
    await adminQuery(`CREATE DATABASE "${scratch}"`);
    const u = new URL(SERVER);
    u.pathname = `/${scratch}`;
    url = u.toString();
    await deploy(url);
  }
  const db = createPrismaClient(url);
  try {
    const rng = createRng(`bench/${COUNT}`);
    const team = buildTeam(rng, { name: `Bench team ${rng.digits(8)}` });
    const owner = buildUser(rng, { email: `bench.${rng.digits(8)}@dealfloor.test`, passwordHash: "x" });
    await db.team.create({ data: team });
    await db.user.create({ data: owner });

    const build = (count: number): Batch => {
      const batch: Batch = { contacts: [], mechanisms: [] };
      for (let i = 0; i < count; i++) {
        const c = buildContact(rng, { ownerId: owner.id as string, teamId: team.id as string });
        batch.contacts.push(c);
        // One phone (a random fictional number; repeats allowed) and one work e-mail each.
        for (const m of buildContactMechanisms(rng, c, {
          region: "GB",
          domain: "bench.example",
          phoneCount: 1,
        }))
          batch.mechanisms.push(m);
      }
      return batch;
    };

    const buildStart = performance.now();
    const big = build(COUNT);
    const buildMs = performance.now() - buildStart;
    const rows = big.contacts.length + big.mechanisms.length;
    console.log(`Bulk insert on PostgreSQL (${new URL(url).pathname.slice(1)}):`);
    report("build rows (in memory)", COUNT, rows, buildMs);

    let t = performance.now();
    // Contacts first: mechanisms reference them.
    await insertByUnnest(db, "Contact", big.contacts);
    await insertByUnnest(db, "ContactMechanism", big.mechanisms);
    const unnestMs = performance.now() - t;
    report("insertByUnnest", COUNT, rows, unnestMs);
    report("build + insertByUnnest", COUNT, rows, buildMs + unnestMs);

    if (CREATE_MANY_COUNT > 0) {
      const slice = build(CREATE_MANY_COUNT);
      t = performance.now();
      // Outside a transaction the pool can overlap chunks, though Prisma's client CPU is the limit.
      await insertInChunks(db, "contact", slice.contacts, 5000, { concurrency: 4 });
      await insertInChunks(db, "contactMechanism", slice.mechanisms, 5000, { concurrency: 4 });
      report(
        "insertInChunks (createMany)",
        CREATE_MANY_COUNT,
        slice.contacts.length + slice.mechanisms.length,
        performance.now() - t,
      );
    }
  } finally {
    await db.$disconnect();
    if (scratch) await adminQuery(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  }
}

runBench(main);
