// How fast the bulk factory path writes contacts: 100k contacts with a phone and an e-mail each,
// on PostgreSQL. Run: `npx tsx bench/seed-volume.ts [count]` (DATABASE_URL=postgres://… to use an
// existing migrated database; otherwise a scratch database is created, migrated and dropped).
import pg from "pg";
import { createPrismaClient } from "../server/db/create-client.ts";
import { deploy } from "../scripts/lib/migrator.mjs";
import { createRng } from "../prisma/random.ts";
import { buildContact, buildContactMechanisms, buildTeam, buildUser, insertInChunks, type CreateManyRow } from "../prisma/factories/index.ts";

const COUNT = Number(process.argv[2] ?? 100_000);
const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgres://root@127.0.0.1:5432/test";

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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

    const buildStart = performance.now();
    const contacts: CreateManyRow<"contact">[] = [];
    const mechanisms: CreateManyRow<"contactMechanism">[] = [];
    for (let i = 0; i < COUNT; i++) {
      const c = buildContact(rng, { ownerId: owner.id as string, teamId: team.id as string });
      contacts.push(c);
      // One phone (random fictional number, repeats allowed) and one work e-mail each.
      for (const m of buildContactMechanisms(rng, c, { region: "GB", domain: "bench.example", phoneCount: 1 })) mechanisms.push(m);
    }
    const buildMs = performance.now() - buildStart;

    const insertStart = performance.now();
    // Outside a transaction the pool can overlap chunks; contacts first for the foreign key.
    await insertInChunks(db, "contact", contacts, 5000, { concurrency: 4 });
    await insertInChunks(db, "contactMechanism", mechanisms, 5000, { concurrency: 4 });
    const insertMs = performance.now() - insertStart;

    const rows = contacts.length + mechanisms.length;
    const totalMs = buildMs + insertMs;
    const perSec = rows / (totalMs / 1000);
    const scale = 1_000_000 / COUNT;
    console.log(`${COUNT.toLocaleString()} contacts + ${mechanisms.length.toLocaleString()} mechanisms = ${rows.toLocaleString()} rows`);
    console.log(`  build   ${(buildMs / 1000).toFixed(1)} s`);
    console.log(`  insert  ${(insertMs / 1000).toFixed(1)} s`);
    console.log(`  ${Math.round(perSec).toLocaleString()} rows/s (${Math.round(COUNT / (totalMs / 1000)).toLocaleString()} contacts/s)`);
    console.log(`  1M contacts (3M rows) extrapolated: ${((totalMs * scale) / 1000).toFixed(0)} s`);
  } finally {
    await db.$disconnect();
    if (scratch) await adminQuery(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
