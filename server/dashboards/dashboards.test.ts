import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller } from "../trpc/root.ts";
import { buildContext } from "../trpc/context.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import type { Viewer } from "../access/viewer.ts";
import type { OpportunityStage } from "../generated/prisma/client.ts";
import {
  createAccount,
  createInteraction,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { toEur } from "../forecasts/fx-to-eur.ts";

// Two desks; every figure the dashboards show is checked against sums over this list.
type Spec = {
  desk: "a" | "b";
  stage: OpportunityStage;
  amount: number;
  currency: string;
  daysFromNow: number;
};
const SPECS: Spec[] = [
  { desk: "a", stage: "PROPOSAL", amount: 100_000, currency: "EUR", daysFromNow: 20 },
  { desk: "a", stage: "PROPOSAL", amount: 50_000, currency: "GBP", daysFromNow: 40 },
  { desk: "a", stage: "NEGOTIATION", amount: 80_000, currency: "USD", daysFromNow: 10 },
  { desk: "a", stage: "CLOSED_WON", amount: 60_000, currency: "EUR", daysFromNow: -30 },
  { desk: "a", stage: "CLOSED_LOST", amount: 10_000, currency: "EUR", daysFromNow: -40 },
  { desk: "a", stage: "CLOSED_WON", amount: 20_000, currency: "GBP", daysFromNow: -100 },
  { desk: "b", stage: "PROPOSAL", amount: 999_000, currency: "EUR", daysFromNow: 20 },
  { desk: "b", stage: "CLOSED_WON", amount: 999_000, currency: "EUR", daysFromNow: -20 },
];
const OPEN = new Set<OpportunityStage>([
  "PROSPECTING",
  "QUALIFICATION",
  "NEEDS_ANALYSIS",
  "PROPOSAL",
  "NEGOTIATION",
]);

let t: TestDb;
const viewers: Record<"manager" | "rep" | "admin", Viewer> = {} as never;

beforeAll(async () => {
  t = await createTestDb();
  const { db } = t;
  const a = await createTeam(db);
  const b = await createTeam(db);
  const manager = await createUser(db, { role: "MANAGER", teamIds: [a.id] });
  const rep = await createUser(db, { role: "REP", teamIds: [a.id] });
  const other = await createUser(db, { role: "REP", teamIds: [b.id] });
  const admin = await createUser(db, { role: "ADMIN" });
  for (const [key, u] of [
    ["manager", manager],
    ["rep", rep],
    ["admin", admin],
  ] as const)
    viewers[key] = (await loadViewer(db, await openSession(db, u.id, {})))!;
  const accountA = await createAccount(db, { ownerId: rep.id, teamId: a.id });
  const accountB = await createAccount(db, { ownerId: other.id, teamId: b.id });
  const day = (n: number) =>
    new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + n));
  for (const s of SPECS) {
    await createOpportunity(db, {
      accountId: s.desk === "a" ? accountA.id : accountB.id,
      stage: s.stage,
      estimatedAmount: s.amount.toFixed(2),
      currency: s.currency,
      closeDate: day(s.daysFromNow),
      probability: s.stage === "CLOSED_WON" ? 100 : 50,
    });
  }
  for (const channel of ["PHONE", "PHONE", "EMAIL"] as const) {
    await createInteraction(db, {
      accountId: accountA.id,
      channel,
      status: "COMPLETED",
      activityDate: day(-3),
    });
  }
  await createInteraction(db, {
    accountId: accountB.id,
    channel: "PHONE",
    status: "COMPLETED",
    activityDate: day(-3),
  });
});
afterAll(() => t.close());

const api = (who: keyof typeof viewers) => createCaller(buildContext({ db: t.db, viewer: viewers[who] }));

describe("dashboards", () => {
  it("aggregates the manager's pipeline by stage over their teams only", async () => {
    const d = await api("manager").dashboards.manager({ timeZone: "UTC" });
    const open = SPECS.filter((s) => s.desk === "a" && OPEN.has(s.stage));
    const proposal = d.pipelineByStage.find((s) => s.stage === "PROPOSAL")!;
    const exp = open.filter((s) => s.stage === "PROPOSAL");
    expect(proposal.count).toBe(exp.length);
    expect(Number(proposal.amount)).toBeCloseTo(
      exp.reduce((sum, s) => sum + toEur(s.amount, s.currency), 0),
      2,
    );
    expect(d.pipelineByStage.reduce((sum, s) => sum + s.count, 0)).toBe(open.length);
    expect(d.interactions.byChannel.PHONE).toBe(2);
    expect(d.interactions.byChannel.EMAIL).toBe(1);
  });

  it("computes the win rate and average deal from closed opportunities", async () => {
    const d = await api("manager").dashboards.manager({ timeZone: "UTC" });
    const counted = d.winRates.reduce((s, w) => s + w.won + w.lost, 0);
    const won = d.winRates.reduce((s, w) => s + w.won, 0);
    const closedA = SPECS.filter((s) => s.desk === "a" && !OPEN.has(s.stage));
    expect(counted).toBeLessThanOrEqual(closedA.length);
    expect(d.winRate).toBeCloseTo(won / counted, 6);
    const wonAmount = d.winRates.reduce((s, w) => s + Number(w.wonAmount), 0);
    expect(Number(d.averageDeal)).toBeCloseTo(wonAmount / won, 2);
  });

  it("keeps the manager's dashboard from reps, and gives a rep their own figures", async () => {
    const error = await api("rep")
      .dashboards.manager({})
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
    const mine = await api("rep").dashboards.rep({ timeZone: "UTC" });
    expect(mine.pipelineByStage.reduce((s, r) => s + r.count, 0)).toBe(
      SPECS.filter((s) => s.desk === "a" && OPEN.has(s.stage)).length,
    );
    const all = await api("admin").dashboards.manager({ timeZone: "UTC" });
    expect(all.pipelineByStage.reduce((s, r) => s + r.count, 0)).toBe(
      SPECS.filter((s) => OPEN.has(s.stage)).length,
    );
  });
});
