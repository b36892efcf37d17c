import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller } from "../trpc/root.ts";
import { buildContext } from "../trpc/context.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import type { Viewer } from "../access/viewer.ts";
import {
  createAccount,
  createOpportunity,
  createSalesQuota,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import type { ForecastCategory, OpportunityStage } from "../generated/prisma/client.ts";
import { toEur } from "./fx-to-eur.ts";
import { periodInstants, periodStartAt, zonedMidnight } from "./forecast-periods.ts";

// A hand-made desk: two teams, three reps, opportunities in several currencies on both sides of
// the Q1/Q2 edge. Every expected figure is computed below from this list, never typed in.
type Spec = {
  rep: "r1" | "r2" | "r3";
  stage: OpportunityStage;
  category: ForecastCategory;
  probability: number;
  amount: number;
  currency: string;
  closeDate: string;
};
const SPECS: Spec[] = [
  {
    rep: "r1",
    stage: "NEGOTIATION",
    category: "COMMIT",
    probability: 80,
    amount: 100_000,
    currency: "EUR",
    closeDate: "2026-02-10",
  },
  {
    rep: "r1",
    stage: "PROPOSAL",
    category: "BEST_CASE",
    probability: 60,
    amount: 50_000,
    currency: "USD",
    closeDate: "2026-03-31",
  },
  {
    rep: "r1",
    stage: "PROSPECTING",
    category: "PIPELINE",
    probability: 10,
    amount: 250_000,
    currency: "GBP",
    closeDate: "2026-01-01",
  },
  {
    rep: "r1",
    stage: "CLOSED_WON",
    category: "CLOSED",
    probability: 100,
    amount: 75_000,
    currency: "GBP",
    closeDate: "2026-03-15",
  },
  {
    rep: "r1",
    stage: "NEGOTIATION",
    category: "OMITTED",
    probability: 80,
    amount: 999_000,
    currency: "EUR",
    closeDate: "2026-02-01",
  },
  {
    rep: "r1",
    stage: "NEGOTIATION",
    category: "COMMIT",
    probability: 80,
    amount: 40_000,
    currency: "EUR",
    closeDate: "2026-04-01",
  },
  {
    rep: "r2",
    stage: "NEEDS_ANALYSIS",
    category: "COMMIT",
    probability: 40,
    amount: 120_000,
    currency: "USD",
    closeDate: "2026-01-20",
  },
  {
    rep: "r2",
    stage: "CLOSED_WON",
    category: "CLOSED",
    probability: 100,
    amount: 30_000,
    currency: "EUR",
    closeDate: "2026-01-05",
  },
  {
    rep: "r2",
    stage: "CLOSED_LOST",
    category: "OMITTED",
    probability: 0,
    amount: 500_000,
    currency: "EUR",
    closeDate: "2026-02-05",
  },
  {
    rep: "r3",
    stage: "PROPOSAL",
    category: "COMMIT",
    probability: 60,
    amount: 210_000,
    currency: "CHF",
    closeDate: "2026-03-01",
  },
  {
    rep: "r3",
    stage: "CLOSED_WON",
    category: "CLOSED",
    probability: 100,
    amount: 60_000,
    currency: "USD",
    closeDate: "2025-12-31",
  },
];
const Q1 = "2026-01-01";
const inQ1 = (s: Spec) => s.closeDate >= "2026-01-01" && s.closeDate < "2026-04-01";
const open = (s: Spec) => s.stage !== "CLOSED_WON" && s.stage !== "CLOSED_LOST";

function expected(filter: (s: Spec) => boolean) {
  const rows = SPECS.filter((s) => inQ1(s) && filter(s));
  const eur = (s: Spec) => toEur(s.amount, s.currency);
  const sum = (pick: (s: Spec) => number, f: (s: Spec) => boolean) =>
    rows.filter(f).reduce((t, s) => t + pick(s), 0);
  return {
    pipeline: sum(eur, (s) => open(s) && s.category !== "OMITTED"),
    weighted: sum(
      (s) => (eur(s) * s.probability) / 100,
      (s) => open(s) && s.category !== "OMITTED",
    ),
    commit: sum(eur, (s) => open(s) && s.category === "COMMIT"),
    bestCase: sum(eur, (s) => open(s) && (s.category === "COMMIT" || s.category === "BEST_CASE")),
    closedWon: sum(eur, (s) => s.stage === "CLOSED_WON"),
  };
}

function expectFigures(actual: Record<string, unknown>, exp: ReturnType<typeof expected>) {
  for (const key of Object.keys(exp) as (keyof typeof exp)[])
    expect(Number(actual[key]), key).toBeCloseTo(exp[key], 2);
}

let t: TestDb;
const ids = {} as Record<"teamA" | "teamB" | "managerA" | "managerB" | "admin" | "r1" | "r2" | "r3", string>;
const viewers: Record<string, Viewer> = {};
const quotas: Record<string, number> = { r1: 300_000, r2: 150_000 };

async function caller(who: string) {
  return createCaller(buildContext({ db: t.db, viewer: viewers[who]! }));
}

async function errorCode(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );
}

beforeAll(async () => {
  t = await createTestDb();
  const { db } = t;
  const teamA = await createTeam(db, { name: "Team A" });
  const teamB = await createTeam(db, { name: "Team B" });
  ids.teamA = teamA.id;
  ids.teamB = teamB.id;
  const users = {
    managerA: await createUser(db, { role: "MANAGER", teamIds: [teamA.id], name: "Mara Manager" }),
    managerB: await createUser(db, { role: "MANAGER", teamIds: [teamB.id], name: "Boris Manager" }),
    admin: await createUser(db, { role: "ADMIN", name: "Ada Admin" }),
    r1: await createUser(db, { role: "REP", teamIds: [teamA.id], name: "Rita One" }),
    r2: await createUser(db, { role: "REP", teamIds: [teamA.id], name: "Rob Two" }),
    r3: await createUser(db, { role: "REP", teamIds: [teamB.id], name: "Remy Three" }),
  };
  for (const [key, u] of Object.entries(users)) {
    ids[key as keyof typeof ids] = u.id;
    viewers[key] = (await loadViewer(db, await openSession(db, u.id, {})))!;
  }
  const accounts = {
    r1: await createAccount(db, { ownerId: users.r1.id, teamId: teamA.id }),
    r2: await createAccount(db, { ownerId: users.r2.id, teamId: teamA.id }),
    r3: await createAccount(db, { ownerId: users.r3.id, teamId: teamB.id }),
  };
  for (const s of SPECS) {
    await createOpportunity(db, {
      accountId: accounts[s.rep].id,
      ownerId: ids[s.rep],
      teamId: s.rep === "r3" ? teamB.id : teamA.id,
      stage: s.stage,
      forecastCategory: s.category,
      probability: s.probability,
      estimatedAmount: s.amount.toFixed(2),
      currency: s.currency,
      closeDate: new Date(`${s.closeDate}T00:00:00Z`),
    });
  }
  for (const [rep, amount] of Object.entries(quotas)) {
    await createSalesQuota(db, {
      userId: ids[rep as "r1" | "r2"],
      periodType: "QUARTER",
      periodStart: new Date(`${Q1}T00:00:00Z`),
      amount: amount.toFixed(2),
      currency: "EUR",
    });
  }
});
afterAll(() => t.close());

describe("forecast arithmetic", () => {
  it("weights the pipeline by probability and sums commit, best case and closed-won per rep", async () => {
    const api = await caller("managerA");
    for (const rep of ["r1", "r2"] as const) {
      const view = await api.forecasts.view({
        periodType: "QUARTER",
        periodStart: Q1,
        teamId: ids.teamA,
        userId: ids[rep],
      });
      expectFigures(
        view.node.figures,
        expected((s) => s.rep === rep),
      );
    }
  });

  it("rolls reps into teams and teams into the company", async () => {
    const api = await caller("admin");
    const company = await api.forecasts.view({ periodStart: Q1 });
    expectFigures(
      company.node.figures,
      expected(() => true),
    );
    const teamA = company.rows.find((r) => r.id === ids.teamA)!;
    expectFigures(
      teamA.figures,
      expected((s) => s.rep !== "r3"),
    );
    const team = await api.forecasts.view({ periodStart: Q1, teamId: ids.teamA });
    const sumOfReps = team.rows.reduce((s, r) => s + Number(r.figures.weighted), 0);
    expect(Number(team.node.figures.weighted)).toBeCloseTo(sumOfReps, 2);
    expect(team.rows.map((r) => r.name).sort()).toEqual(["Mara Manager", "Rita One", "Rob Two"]);
  });

  it("measures closed-won against quota, and sums quotas up the tree", async () => {
    const api = await caller("admin");
    const team = await api.forecasts.view({ periodStart: Q1, teamId: ids.teamA });
    for (const rep of ["r1", "r2"] as const) {
      const row = team.rows.find((r) => r.id === ids[rep])!;
      expect(Number(row.figures.quota)).toBe(quotas[rep]);
      expect(row.figures.attainment).toBeCloseTo(expected((s) => s.rep === rep).closedWon / quotas[rep]!, 6);
    }
    expect(Number(team.node.figures.quota)).toBe(quotas.r1! + quotas.r2!);
    const r3 = (await api.forecasts.view({ periodStart: Q1, teamId: ids.teamB })).rows.find(
      (r) => r.id === ids.r3,
    )!;
    expect(r3.figures.quota).toBeNull();
    expect(r3.figures.attainment).toBeNull();
  });

  it("keeps the unadjusted figure beside a manager's adjustment, and the team roll-up follows it", async () => {
    const api = await caller("managerA");
    const before = await api.forecasts.view({ periodStart: Q1, teamId: ids.teamA });
    const r2Commit = Number(before.rows.find((r) => r.id === ids.r2)!.figures.commit);
    const adjustment = 123_456.78;
    await api.forecasts.adjust({
      periodType: "QUARTER",
      periodStart: Q1,
      category: "COMMIT",
      teamId: ids.teamA,
      userId: ids.r1,
      amount: "100000",
      reason: "First call on the quarter",
    });
    await api.forecasts.adjust({
      periodType: "QUARTER",
      periodStart: Q1,
      category: "COMMIT",
      teamId: ids.teamA,
      userId: ids.r1,
      amount: adjustment.toFixed(2),
      reason: "Pulled in the credit-approved deal",
    });

    const after = await api.forecasts.view({ periodStart: Q1, teamId: ids.teamA });
    const r1 = after.rows.find((r) => r.id === ids.r1)!;
    expect(Number(r1.figures.adjusted.commit)).toBeCloseTo(adjustment, 2);
    expect(Number(r1.figures.commit)).toBeCloseTo(expected((s) => s.rep === "r1").commit, 2);
    expect(r1.figures.adjustments.COMMIT?.reason).toBe("Pulled in the credit-approved deal");
    expect(r1.figures.adjustments.COMMIT?.adjustedBy).toBe("Mara Manager");
    expect(Number(after.node.figures.adjusted.commit)).toBeCloseTo(adjustment + r2Commit, 2);
    expect(Number(after.node.figures.commit)).toBeCloseTo(expected((s) => s.rep !== "r3").commit, 2);

    const history = await api.forecasts.history({ periodStart: Q1, teamId: ids.teamA, userId: ids.r1 });
    expect(history.map((h) => h.reason)).toEqual([
      "Pulled in the credit-approved deal",
      "First call on the quarter",
    ]);
    const audit = await t.db.auditLog.findMany({
      where: { entityType: "ForecastAdjustment", actorId: ids.managerA },
    });
    expect(audit).toHaveLength(2);

    // A team-level call overrides the sum of its people; the company follows the team.
    const teamCall = 500_000;
    await api.forecasts.adjust({
      periodType: "QUARTER",
      periodStart: Q1,
      category: "COMMIT",
      teamId: ids.teamA,
      amount: String(teamCall),
      reason: "Team commit from the Monday call",
    });
    const admin = await caller("admin");
    const company = await admin.forecasts.view({ periodStart: Q1 });
    const teamB = company.rows.find((r) => r.id === ids.teamB)!;
    expect(Number(company.node.figures.adjusted.commit)).toBeCloseTo(
      teamCall + Number(teamB.figures.adjusted.commit),
      2,
    );
  });

  it("validates adjustments field by field", async () => {
    const api = await caller("managerA");
    const error = await api.forecasts
      .adjust({
        periodType: "QUARTER",
        periodStart: Q1,
        category: "COMMIT",
        teamId: ids.teamA,
        userId: ids.r1,
        amount: "-5",
        reason: "no",
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("sets quotas with an audit row, for the manager's people only", async () => {
    const api = await caller("managerA");
    await api.forecasts.setQuota({
      userId: ids.r2,
      periodType: "MONTH",
      periodStart: "2026-02-01",
      amount: "55000",
    });
    await api.forecasts.setQuota({
      userId: ids.r2,
      periodType: "MONTH",
      periodStart: "2026-02-01",
      amount: "60000",
    });
    const q = await t.db.salesQuota.findFirstOrThrow({ where: { userId: ids.r2, periodType: "MONTH" } });
    expect(Number(q.amount)).toBe(60_000);
    const audit = await t.db.auditLog.findMany({
      where: { entityType: "SalesQuota", entityId: q.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["quota.create", "quota.update"]);
    expect(
      await errorCode(
        api.forecasts.setQuota({
          userId: ids.r3,
          periodType: "MONTH",
          periodStart: "2026-02-01",
          amount: "1",
        }),
      ),
    ).toBe("NOT_FOUND");
    const month = await api.forecasts.view({
      periodType: "MONTH",
      periodStart: "2026-02-01",
      teamId: ids.teamA,
      userId: ids.r2,
    });
    expect(Number(month.node.figures.quota)).toBe(60_000);
  });

  it("lists the opportunities behind a number", async () => {
    const api = await caller("managerA");
    const page = await api.forecasts.opportunities({
      periodStart: Q1,
      teamId: ids.teamA,
      userId: ids.r1,
      measure: "commit",
    });
    const exp = SPECS.filter((s) => s.rep === "r1" && inQ1(s) && open(s) && s.category === "COMMIT");
    expect(page.items).toHaveLength(exp.length);
    expect(page.items.reduce((s, o) => s + Number(o.amountEur), 0)).toBeCloseTo(
      expected((s) => s.rep === "r1").commit,
      2,
    );
  });
});

describe("forecast access", () => {
  it("shows a rep their own forecast only", async () => {
    const api = await caller("r1");
    const mine = await api.forecasts.view({ periodStart: Q1 });
    expect(mine.level).toBe("rep");
    expect(mine.node.id).toBe(ids.r1);
    expectFigures(
      mine.node.figures,
      expected((s) => s.rep === "r1"),
    );
    // The manager's call on the rep's figure shows; the team's own call does not.
    expect(Object.keys(mine.node.figures.adjustments)).toEqual(["COMMIT"]);
    expect(mine.node.figures.adjustments.COMMIT?.adjustedBy).toBe("Mara Manager");
    const trend = await api.forecasts.trend({ periodType: "QUARTER", back: 0, ahead: 0 });
    expect(trend.periods).toHaveLength(1);
  });

  it("answers another team's or person's id as a missing one", async () => {
    const missing = "019a0000-0000-7000-8000-000000000000";
    const rep = await caller("r1");
    expect(await errorCode(rep.forecasts.view({ periodStart: Q1, teamId: ids.teamB }))).toBe("NOT_FOUND");
    expect(await errorCode(rep.forecasts.view({ periodStart: Q1, teamId: missing }))).toBe("NOT_FOUND");
    expect(await errorCode(rep.forecasts.view({ periodStart: Q1, userId: ids.r2 }))).toBe("NOT_FOUND");
    expect(await errorCode(rep.forecasts.opportunities({ periodStart: Q1, userId: ids.r2 }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await errorCode(
        rep.forecasts.adjust({
          periodType: "QUARTER",
          periodStart: Q1,
          category: "COMMIT",
          teamId: ids.teamA,
          userId: ids.r1,
          amount: "1",
          reason: "Self-serve",
        }),
      ),
    ).toBe("FORBIDDEN");

    const manager = await caller("managerA");
    expect(await errorCode(manager.forecasts.view({ periodStart: Q1, teamId: ids.teamB }))).toBe("NOT_FOUND");
    expect(await errorCode(manager.forecasts.view({ periodStart: Q1, userId: ids.r3 }))).toBe("NOT_FOUND");
    expect(await errorCode(manager.forecasts.history({ periodStart: Q1, teamId: ids.teamB }))).toBe(
      "NOT_FOUND",
    );
    const adjustOther = manager.forecasts.adjust({
      periodType: "QUARTER",
      periodStart: Q1,
      category: "COMMIT",
      teamId: ids.teamB,
      userId: ids.r3,
      amount: "1",
      reason: "Not my team",
    });
    expect(await errorCode(adjustOther)).toBe("NOT_FOUND");
    const company = await manager.forecasts.view({ periodStart: Q1 });
    expect(company.rows.map((r) => r.id)).toEqual([ids.teamA]);
    expectFigures(
      company.node.figures,
      expected((s) => s.rep !== "r3"),
    );
  });
});

describe("period edges", () => {
  it("puts close dates on the last and first day into their own quarters", async () => {
    const api = await caller("admin");
    const q2 = await api.forecasts.view({ periodStart: "2026-04-01", teamId: ids.teamA, userId: ids.r1 });
    const exp = SPECS.filter(
      (s) =>
        s.rep === "r1" &&
        s.closeDate >= "2026-04-01" &&
        s.closeDate < "2026-07-01" &&
        s.category === "COMMIT",
    ).reduce((t, s) => t + toEur(s.amount, s.currency), 0);
    expect(Number(q2.node.figures.commit)).toBeCloseTo(exp, 2);
    // Any day of a period names the period.
    const mid = await api.forecasts.view({ periodStart: "2026-02-17", teamId: ids.teamA, userId: ids.r1 });
    expect(mid.periodStart).toBe(Q1);
  });

  it("decides the current period in the viewer's time zone", async () => {
    const lateUtc = new Date("2026-03-31T22:30:00Z");
    expect(periodStartAt(lateUtc, "QUARTER", "UTC").toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(periodStartAt(lateUtc, "QUARTER", "Europe/Berlin").toISOString().slice(0, 10)).toBe("2026-04-01");
    expect(periodStartAt(lateUtc, "MONTH", "America/New_York").toISOString().slice(0, 10)).toBe("2026-03-01");
    const early = new Date("2026-01-01T03:00:00Z");
    expect(periodStartAt(early, "MONTH", "America/Los_Angeles").toISOString().slice(0, 10)).toBe(
      "2025-12-01",
    );
  });

  it("turns period edges into instants, across daylight-saving changes", () => {
    // Berlin is UTC+1 in winter and UTC+2 from the last Sunday of March.
    expect(zonedMidnight(2026, 3, 1, "Europe/Berlin").toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(zonedMidnight(2026, 0, 1, "Europe/Berlin").toISOString()).toBe("2025-12-31T23:00:00.000Z");
    const q1 = periodInstants(new Date("2026-01-01T00:00:00Z"), "QUARTER", "America/New_York");
    expect(q1.from.toISOString()).toBe("2026-01-01T05:00:00.000Z");
    expect(q1.to.toISOString()).toBe("2026-04-01T04:00:00.000Z");
  });
});
