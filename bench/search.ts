// Global search latency on PostgreSQL with a million contacts (plus accounts, leads and
// opportunities), as a rep (team-scoped) and as an admin. Prints p50/p95 per query shape.
// Run: `npx tsx bench/search.ts` — creates, fills, and drops a scratch database. To reuse a
// filled one across bench/search.ts, bench/lists.ts and bench/import.ts:
//   BENCH_DB=dealfloor_bench_1m BENCH_KEEP=1 npx tsx bench/search.ts   (then the others with BENCH_DB)
import { pathToFileURL } from "node:url";
import pg from "pg";
import { createPrismaClient, type Db } from "../server/db/create-client.ts";
import { deploy } from "../scripts/lib/migrator.mjs";
import { createRng } from "../prisma/random.ts";
import {
  buildAccount,
  buildContact,
  buildContactMechanisms,
  buildLead,
  buildOpportunity,
  buildTeam,
  buildUser,
  insertByUnnest,
  insertInChunks,
} from "../prisma/factories/index.ts";
import { loadViewer, openSession } from "../server/auth/session-store.ts";
import type { Viewer } from "../server/access/viewer.ts";
import { globalSearch } from "../server/search/global-search.ts";

const SERVER = process.env.BENCH_POSTGRES_URL ?? "postgres://root@127.0.0.1:5432/test";
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);

export async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export function urlOf(database: string): string {
  const u = new URL(SERVER);
  u.pathname = `/${database}`;
  return u.toString();
}

export type BenchDb = {
  db: Db;
  url: string;
  rep: Viewer;
  admin: Viewer;
  repTeamId: string;
  done: () => Promise<void>;
};

/**
 * A migrated database holding CONTACTS contacts (each with a phone and an e-mail) in three teams,
 * 80% in the rep's, plus 50k accounts, 100k leads and 50k opportunities; filled through the
 * factories' bulk path. Reused when BENCH_DB names one that is already filled.
 */
export async function openBenchDb(): Promise<BenchDb> {
  const name = process.env.BENCH_DB ?? `dealfloor_bench_${process.pid}`;
  const exists = (await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount;
  if (!exists) await adminQuery(`CREATE DATABASE "${name}"`);
  const url = urlOf(name);
  await deploy(url);
  const db = createPrismaClient(url);
  const keep = !!process.env.BENCH_KEEP || (!!process.env.BENCH_DB && !!exists);
  const done = async () => {
    await db.$disconnect();
    if (!keep) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };

  if ((await db.contact.count()) < CONTACTS) await fill(db);
  const repUser = await db.user.findFirstOrThrow({
    where: { email: "bench.rep@dealfloor.test" },
    include: { memberships: true },
  });
  const adminUser = await db.user.findFirstOrThrow({ where: { email: "bench.admin@dealfloor.test" } });
  const rep = (await loadViewer(db, await openSession(db, repUser.id, {})))!;
  const admin = (await loadViewer(db, await openSession(db, adminUser.id, {})))!;
  return { db, url, rep, admin, repTeamId: repUser.memberships[0]!.teamId, done };
}

async function fill(db: Db) {
  const rng = createRng("bench/1m");
  const started = performance.now();
  const teams = [0, 1, 2].map((i) => buildTeam(rng, { name: `Bench desk ${i}` }));
  await db.team.createMany({ data: teams });
  const users = teams.map((t, i) =>
    buildUser(rng, {
      email: i === 0 ? "bench.rep@dealfloor.test" : `bench.rep${i}@dealfloor.test`,
      passwordHash: "x",
      role: "REP",
    }),
  );
  const admin = buildUser(rng, { email: "bench.admin@dealfloor.test", passwordHash: "x", role: "ADMIN" });
  await db.user.createMany({ data: [...users, admin] });
  await db.teamMembership.createMany({
    data: users.map((u, i) => ({ userId: u.id as string, teamId: teams[i]!.id as string })),
  });
  const ownerOf = (i: number) => {
    const t = i % 10 < 8 ? 0 : i % 10 === 8 ? 1 : 2; // 80% in the rep's team
    return { ownerId: users[t]!.id as string, teamId: teams[t]!.id as string };
  };

  const accounts = Array.from({ length: 50_000 }, (_, i) => buildAccount(rng, ownerOf(i)));
  await insertInChunks(db, "account", accounts, 5_000, { concurrency: 4 });
  const BATCH = 50_000;
  for (let start = 0; start < CONTACTS; start += BATCH) {
    const contacts = [];
    const mechanisms = [];
    for (let i = start; i < Math.min(start + BATCH, CONTACTS); i++) {
      const c = buildContact(rng, {
        ...ownerOf(i),
        accountId: accounts[i % accounts.length]!.id as string,
        isCustomer: i % 3 === 0,
      });
      contacts.push(c);
      mechanisms.push(
        ...buildContactMechanisms(rng, c, {
          region: "GB",
          domain: i % 2 ? "bench.example" : undefined,
          phoneCount: 1,
        }),
      );
    }
    await insertByUnnest(db, "Contact", contacts);
    await insertByUnnest(db, "ContactMechanism", mechanisms);
    process.stdout.write(`\r  filled ${(start + BATCH).toLocaleString()} contacts`);
  }
  const leads = Array.from({ length: 100_000 }, (_, i) => buildLead(rng, ownerOf(i)));
  await insertByUnnest(db, "Lead", leads);
  const opps = Array.from({ length: 50_000 }, (_, i) =>
    buildOpportunity(rng, { ...ownerOf(i), accountId: accounts[i]!.id as string }),
  );
  await insertByUnnest(db, "Opportunity", opps);
  await db.$executeRawUnsafe("ANALYZE");
  console.log(`\n  filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function time(
  label: string,
  runs: number,
  fn: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: plans and buffers
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const r = { p50: percentile(ms, 50), p95: percentile(ms, 95) };
  console.log(
    `  ${label.padEnd(44)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms`,
  );
  return r;
}

async function main() {
  const b = await openBenchDb();
  try {
    const sample = await b.db.contact.findFirstOrThrow({
      where: { teamId: b.repTeamId },
      skip: 123_456,
      include: { contactMechanisms: true },
    });
    const phone = sample.contactMechanisms.find((m) => m.type === "PHONE")!;
    const email = sample.contactMechanisms.find((m) => m.type === "EMAIL")!;
    const national = `0${phone.e164!.slice(3, 5)} ${phone.e164!.slice(5, 9)} ${phone.e164!.slice(9)}`;
    const lead = await b.db.lead.findFirstOrThrow({ skip: 5_000 });
    const queries: [string, string][] = [
      ["surname", sample.surname],
      ["forename + surname", `${sample.foreName} ${sample.surname}`],
      ["two-letter prefix", sample.surname.slice(0, 2)],
      ["prefix of both names", `${sample.foreName.slice(0, 3)} ${sample.surname.slice(0, 4)}`],
      [
        "typo (no full-text hit)",
        `${sample.surname.slice(0, -2)}${sample.surname.slice(-1)}${sample.surname.slice(-2, -1)}x`,
      ],
      ["phone, national format", national],
      ["phone, E.164 digits", phone.e164!.slice(1)],
      ["e-mail", email.value],
      ["Party ID", lead.partyId],
      ["no match", "zzqxv"],
    ];
    const contacts = await b.db.contact.count();
    console.log(`Global search, ${contacts.toLocaleString()} contacts, PostgreSQL (popover: 5 per type)`);
    const all: number[] = [];
    for (const [who, viewer] of [
      ["rep", b.rep],
      ["admin", b.admin],
    ] as const) {
      for (const [label, q] of queries) {
        const r = await time(
          `${who}: ${label} (${q.length > 18 ? `${q.slice(0, 18)}…` : q})`,
          Number(process.env.BENCH_RUNS ?? 30),
          () => globalSearch({ db: b.db, viewer }, { q, limit: 5 }),
        );
        all.push(r.p95);
      }
    }
    console.log(`  worst p95 over all shapes: ${Math.max(...all).toFixed(1)} ms (target ≤ 50 ms)`);
  } finally {
    await b.done();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
