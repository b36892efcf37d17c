// The Interactions Timeline of one account with 10k interactions on PostgreSQL: the first list
// page (keyset, newest first) and the chart (grouped counts per month and channel), as a rep of
// the account's team, p50/p95 over repeated runs. Other accounts carry 40k more interactions.
// Run: `npx tsx bench/timeline-page.ts [count]` (a scratch database is created and dropped).
import { createPrismaClient } from "../server/db/create-client.ts";
import { createRng } from "../prisma/random.ts";
import {
  buildAccount,
  buildInteraction,
  buildTeam,
  buildUser,
  insertByUnnest,
} from "../prisma/factories/index.ts";
import type { Viewer } from "../server/access/viewer.ts";
import { timelineChart, timelinePage } from "../server/timeline/interactions-timeline.ts";
import { line, scratchDatabase, timeIt } from "./bench-db.ts";
import { runBench } from "./run-bench.ts";

const COUNT = Number(process.argv[2] ?? 10_000);
const OTHERS = 40_000;

async function main() {
  const scratch = await scratchDatabase("timeline");
  const db = createPrismaClient(scratch.url);
  try {
    const rng = createRng(`bench/timeline/${COUNT}`);
    const now = new Date();
    const team = buildTeam(rng, { name: "Bench desk" });
    const rep = buildUser(rng, { email: "rep@bench.test", passwordHash: "x" });
    await db.team.create({ data: team });
    await db.user.create({ data: rep });
    await db.teamMembership.create({ data: { userId: rep.id as string, teamId: team.id as string } });
    const accounts = Array.from({ length: 41 }, () =>
      buildAccount(rng, { ownerId: rep.id as string, teamId: team.id as string }),
    );
    await db.account.createMany({ data: accounts });
    const started = performance.now();
    const rows = Array.from({ length: COUNT + OTHERS }, (_, i) => {
      const account = i < COUNT ? accounts[0]! : accounts[1 + (i % 40)]!;
      const at = new Date(now.getTime() - rng.int(1, 540) * 86_400_000 - rng.int(0, 86_399) * 1000);
      return buildInteraction(
        rng,
        {
          accountId: account.id as string,
          assignedUserId: rep.id as string,
          teamId: team.id as string,
          status: "COMPLETED",
        },
        { now, at, account: { partyGroupName: account.partyGroupName as string } },
      );
    });
    await insertByUnnest(db, "Interaction", rows);
    await db.$executeRawUnsafe(`ANALYZE`);
    console.log(
      `Interactions Timeline on PostgreSQL: ${COUNT.toLocaleString()} interactions on one account, ${OTHERS.toLocaleString()} on 40 others (loaded in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );

    const viewer: Viewer = {
      id: rep.id as string,
      sessionId: "bench",
      name: "Rep",
      email: "rep@bench.test",
      role: "REP",
      teamIds: [team.id as string],
      managedTeamIds: [],
    };
    const ctx = { db, viewer };
    const filter = {
      subject: "account" as const,
      subjectId: accounts[0]!.id as string,
      timeZone: "Europe/London",
    };
    line(
      "first list page (25 rows), last 12 months",
      await timeIt(() => timelinePage(ctx, { ...filter, limit: 25 }), 50),
      50,
    );
    line(
      "first list page (50 rows), phone only",
      await timeIt(() => timelinePage(ctx, { ...filter, channel: "PHONE", limit: 50 }), 50),
      50,
    );
    const first = await timelinePage(ctx, { ...filter, limit: 25 });
    line(
      "second list page (cursor)",
      await timeIt(() => timelinePage(ctx, { ...filter, limit: 25, cursor: first.nextCursor! }), 50),
      50,
    );
    const chart = await timelineChart(ctx, filter);
    line(
      `chart, 12 months by month (${chart.total.toLocaleString()} interactions)`,
      await timeIt(() => timelineChart(ctx, filter), 50),
    );
  } finally {
    await db.$disconnect();
    await scratch.drop();
  }
}

runBench(main);
