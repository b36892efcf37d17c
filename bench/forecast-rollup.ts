// The forecast roll-up over 100k opportunities on PostgreSQL: 10 teams × 10 reps, close dates over
// nine quarters around now, a quota per rep and quarter and a few manager adjustments. Times the
// company view (admin), a manager's team view and the nine-quarter trend (which reads all 100k).
// Run: `npx tsx bench/forecast-rollup.ts [count]` (a scratch database is created and dropped).
import { createPrismaClient } from "../server/db/create-client.ts";
import { createRng } from "../prisma/random.ts";
import {
  buildAccount,
  buildOpportunity,
  buildTeam,
  buildUser,
  insertByUnnest,
  OPEN_STAGES,
  STAGE_PROBABILITY,
  forecastCategoryFor,
} from "../prisma/factories/index.ts";
import type { Viewer } from "../server/access/viewer.ts";
import { forecastTrend, forecastView } from "../server/forecasts/forecast-view.ts";
import { addPeriods, periodStartAt } from "../server/forecasts/forecast-periods.ts";
import { opportunityGroups } from "../server/forecasts/forecast-data.ts";
import { line, scratchDatabase, timeIt } from "./bench-db.ts";
import { runBench } from "./run-bench.ts";

const COUNT = Number(process.argv[2] ?? 100_000);

async function main() {
  const scratch = await scratchDatabase("forecast");
  const db = createPrismaClient(scratch.url);
  try {
    const rng = createRng(`bench/forecast/${COUNT}`);
    const now = new Date();
    const q0 = periodStartAt(now, "QUARTER", "UTC");
    const teams = Array.from({ length: 10 }, (_, i) => buildTeam(rng, { name: `Bench desk ${i}` }));
    const reps = teams.flatMap((team, t) =>
      Array.from({ length: 10 }, (_, r) => ({
        team,
        user: buildUser(rng, { email: `rep${t}.${r}@bench.test`, passwordHash: "x" }),
      })),
    );
    const managers = teams.map((team, t) => ({
      team,
      user: buildUser(rng, { email: `manager${t}@bench.test`, role: "MANAGER", passwordHash: "x" }),
    }));
    await insertByUnnest(db, "Team", teams);
    await insertByUnnest(
      db,
      "User",
      [...reps, ...managers].map((r) => r.user),
    );
    await insertByUnnest(db, "TeamMembership", [
      ...reps.map((r) => ({ userId: r.user.id, teamId: r.team.id, isManager: false })),
      ...managers.map((m) => ({ userId: m.user.id, teamId: m.team.id, isManager: true })),
    ]);
    const accounts = reps.map((r) =>
      buildAccount(rng, { ownerId: r.user.id as string, teamId: r.team.id as string }),
    );
    await db.account.createMany({ data: accounts });

    const started = performance.now();
    const stages = [...OPEN_STAGES, "CLOSED_WON", "CLOSED_LOST"] as const;
    const opps = Array.from({ length: COUNT }, (_, i) => {
      const k = i % reps.length;
      const stage = rng.pick(stages);
      const quarter = addPeriods(q0, "QUARTER", rng.int(-4, 4));
      const closeDate = new Date(quarter.getTime() + rng.int(0, 89) * 86_400_000);
      return buildOpportunity(
        rng,
        {
          accountId: accounts[k]!.id as string,
          ownerId: reps[k]!.user.id as string,
          teamId: reps[k]!.team.id as string,
          stage,
          probability: STAGE_PROBABILITY[stage],
          forecastCategory: forecastCategoryFor(stage, rng),
          closeDate,
          closedAt: null,
        },
        { now },
      );
    });
    await insertByUnnest(db, "Opportunity", opps);
    const quotas = reps.flatMap((r) =>
      Array.from({ length: 9 }, (_, q) => ({
        id: rng.uuid(),
        userId: r.user.id,
        periodType: "QUARTER",
        periodStart: addPeriods(q0, "QUARTER", q - 4),
        amount: "5000000.00",
        currency: "EUR",
      })),
    );
    await insertByUnnest(db, "SalesQuota", quotas);
    const adjustments = reps.slice(0, 30).map((r, i) => ({
      id: rng.uuid(),
      subjectUserId: r.user.id,
      teamId: r.team.id,
      periodType: "QUARTER",
      periodStart: q0,
      category: i % 2 ? "COMMIT" : "BEST_CASE",
      amount: "1500000.00",
      currency: "EUR",
      reason: "Bench",
      adjustedById: managers[0]!.user.id,
      createdAt: now,
    }));
    await insertByUnnest(db, "ForecastAdjustment", adjustments);
    await db.$executeRawUnsafe(`ANALYZE`);
    console.log(
      `Forecast roll-up on PostgreSQL: ${COUNT.toLocaleString()} opportunities, ${reps.length} reps in ${teams.length} teams (loaded in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );

    const admin: Viewer = {
      id: managers[0]!.user.id as string,
      sessionId: "bench",
      name: "Admin",
      email: "a@bench.test",
      role: "ADMIN",
      teamIds: [],
      managedTeamIds: [],
    };
    const manager: Viewer = {
      ...admin,
      role: "MANAGER",
      teamIds: [teams[0]!.id as string],
      managedTeamIds: [teams[0]!.id as string],
    };
    const inQuarter = await db.opportunity.count({
      where: { closeDate: { gte: q0, lt: addPeriods(q0, "QUARTER", 1) } },
    });
    line(
      `company view, this quarter (${inQuarter.toLocaleString()} opps), admin`,
      await timeIt(() => forecastView({ db, viewer: admin }, { periodType: "QUARTER" })),
      200,
    );
    line(
      "company view, this month, admin",
      await timeIt(() => forecastView({ db, viewer: admin }, { periodType: "MONTH" })),
      200,
    );
    line(
      "team view, this quarter, manager",
      await timeIt(() => forecastView({ db, viewer: manager }, { teamId: teams[0]!.id as string })),
      200,
    );
    line(
      "  of which the grouped SQL over all quarters",
      await timeIt(
        () =>
          opportunityGroups(
            db,
            { kind: "all" },
            "QUARTER",
            addPeriods(q0, "QUARTER", -4),
            addPeriods(q0, "QUARTER", 5),
          ),
        15,
      ),
    );
    line(
      `9-quarter trend (all ${COUNT.toLocaleString()} opps), admin`,
      await timeIt(
        () => forecastTrend({ db, viewer: admin }, { periodType: "QUARTER", back: 4, ahead: 4 }),
        15,
      ),
      200,
    );
  } finally {
    await db.$disconnect();
    await scratch.drop();
  }
}

runBench(main);
