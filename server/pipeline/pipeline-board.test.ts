import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { pipelineBoard } from "./pipeline-board.ts";
import { pipelineFilters } from "./pipeline-filters.ts";
import { createOpportunity, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let alice: Viewer;
let manager: Viewer;
let aliceId: string;
let bobId: string;
const now = new Date("2026-05-15T12:00:00Z");

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;

beforeAll(async () => {
  t = await createTestDb();
  const fx = await createTeam(t.db, { name: "FX desk" });
  const pb = await createTeam(t.db, { name: "Private banking" });
  aliceId = (await createUser(t.db, { role: "REP", teamIds: [fx.id], name: "Alice" })).id;
  bobId = (await createUser(t.db, { role: "REP", teamIds: [fx.id], name: "Bob" })).id;
  const carol = await createUser(t.db, { role: "REP", teamIds: [pb.id], name: "Carol" });
  const boss = await createUser(t.db, {
    role: "MANAGER",
    teamIds: [fx.id],
    managedTeamIds: [fx.id],
    name: "Boss",
  });
  alice = await viewerOf(aliceId);
  manager = await viewerOf(boss.id);
  const open = { teamId: fx.id, closeDate: new Date("2026-08-01") };
  await createOpportunity(t.db, {
    ...open,
    ownerId: aliceId,
    stage: "PROPOSAL",
    probability: 60,
    estimatedAmount: "100000.00",
    currency: "EUR",
  });
  await createOpportunity(t.db, {
    ...open,
    ownerId: aliceId,
    stage: "PROPOSAL",
    probability: 50,
    estimatedAmount: "100000.00",
    currency: "GBP",
  });
  await createOpportunity(t.db, {
    ...open,
    ownerId: bobId,
    stage: "NEGOTIATION",
    probability: 80,
    estimatedAmount: "200000.00",
    currency: "EUR",
  });
  // Closed last quarter: off the board. Another team's deal: never visible.
  await createOpportunity(t.db, {
    teamId: fx.id,
    ownerId: bobId,
    stage: "CLOSED_WON",
    probability: 100,
    estimatedAmount: "999999.00",
    currency: "EUR",
    closeDate: new Date("2026-03-01"),
  });
  await createOpportunity(t.db, {
    teamId: fx.id,
    ownerId: bobId,
    stage: "CLOSED_WON",
    probability: 100,
    estimatedAmount: "10000.00",
    currency: "EUR",
    closeDate: new Date("2026-04-10"),
  });
  await createOpportunity(t.db, {
    teamId: pb.id,
    ownerId: carol.id,
    stage: "PROPOSAL",
    probability: 60,
    estimatedAmount: "5000000.00",
    currency: "EUR",
    closeDate: new Date("2026-08-01"),
  });
});
afterAll(() => t.close());

const column = (board: Awaited<ReturnType<typeof pipelineBoard>>, stage: string) =>
  board.columns.find((c) => c.stage === stage)!;

describe("pipeline board", () => {
  it("totals amount and probability-weighted amount per stage in EUR, over the team's deals only", async () => {
    const board = await pipelineBoard({ db: t.db, viewer: manager }, {}, now);
    expect(board.columns.map((c) => c.stage)).toEqual([
      "PROSPECTING",
      "QUALIFICATION",
      "NEEDS_ANALYSIS",
      "PROPOSAL",
      "NEGOTIATION",
      "CLOSED_WON",
      "CLOSED_LOST",
    ]);
    // 100,000 EUR + 100,000 GBP at 1.17 = 217,000; weighted 60,000 + 58,500.
    expect(column(board, "PROPOSAL")).toMatchObject({ count: 2, amountEur: 217000, weightedEur: 118500 });
    expect(column(board, "NEGOTIATION")).toMatchObject({ count: 1, amountEur: 200000, weightedEur: 160000 });
    expect(column(board, "CLOSED_WON")).toMatchObject({ count: 1, amountEur: 10000 });
    expect(board.totals).toEqual({ openCount: 3, openAmountEur: 417000, openWeightedEur: 278500 });
    expect(column(board, "PROPOSAL").cards).toHaveLength(2);
  });

  it("filters by rep within the scope; a rep sees the team's pipeline too", async () => {
    const bobs = await pipelineBoard({ db: t.db, viewer: manager }, { ownerId: bobId }, now);
    expect(bobs.totals.openCount).toBe(1);
    const asAlice = await pipelineBoard({ db: t.db, viewer: alice }, {}, now);
    expect(asAlice.totals.openCount).toBe(3);
    const filters = await pipelineFilters({ db: t.db, viewer: manager });
    expect(filters.teams.map((x) => x.name)).toEqual(["FX desk"]);
    expect(filters.reps.map((r) => r.name)).toEqual(["Alice", "Bob", "Boss"]);
  });
});
