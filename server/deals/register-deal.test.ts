import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { registerDeal, previewDeal } from "./register-deal.ts";
import { approveDeal, rejectDeal } from "../tasks/resolve-task.ts";
import { myTasks } from "../tasks/my-tasks.ts";

let t: TestDb;
let rep: Viewer;
let manager: Viewer;
let outsider: Viewer;
let accountId: string;
const viewerOf = async (id: string) => (await loadViewer(t.db, await openSession(t.db, id, {})))!;

beforeAll(async () => {
  t = await createTestDb();
  const desk = await createTeam(t.db);
  const other = await createTeam(t.db);
  rep = await viewerOf((await createUser(t.db, { teamIds: [desk.id] })).id);
  manager = await viewerOf((await createUser(t.db, { role: "MANAGER", teamIds: [desk.id] })).id);
  outsider = await viewerOf((await createUser(t.db, { teamIds: [other.id] })).id);
  // GBP 10m limit, 6m used: 4m of headroom.
  accountId = (
    await createAccount(t.db, {
      teamId: desk.id,
      ownerId: rep.id,
      creditLimit: 10_000_000,
      creditExposure: 6_000_000,
      creditCurrency: "GBP",
      partyGroupName: "Tight Credit Ltd",
    })
  ).id;
});
afterAll(() => t.close());

const ctx = (viewer: Viewer) => ({ db: t.db, viewer });
const exposure = async () =>
  Number((await t.db.account.findUniqueOrThrow({ where: { id: accountId } })).creditExposure);

describe("deals and credit headroom", () => {
  it("books a deal within the headroom and adds it to the exposure, in the credit currency", async () => {
    const deal = await registerDeal(ctx(rep), {
      accountId,
      instrument: "GBP/USD",
      side: "BUY",
      notional: 1_000_000,
      price: 1.27,
      currency: "GBP",
    });
    expect(deal).toMatchObject({ status: "BOOKED", approvalTaskId: null });
    expect(await exposure()).toBe(7_000_000);
    const row = await t.db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(row.instrumentType).toBe("FX");
  });

  it("holds a breach for the team manager's approval and leaves the exposure alone", async () => {
    const preview = await previewDeal(ctx(rep), { accountId, notional: 5_000_000, currency: "GBP" });
    expect(preview.after).toMatchObject({ breach: true, headroom: -2_000_000 });
    const deal = await registerDeal(ctx(rep), {
      accountId,
      instrument: "Gilt 2033",
      side: "SELL",
      notional: 5_000_000,
      price: 96.8,
      currency: "GBP",
    });
    expect(deal.status).toBe("PENDING_APPROVAL");
    expect(await exposure()).toBe(7_000_000);
    const [task] = await myTasks(ctx(manager), {});
    expect(task).toMatchObject({ type: "APPROVAL", deal: { id: deal.id }, account: { id: accountId } });
    expect(task!.title).toContain("Approve SELL Gilt 2033 5,000,000 GBP for Tight Credit Ltd");
    expect(task!.description).toContain("by GBP 2,000,000");
    // The pending deal counts against the next one: 3m of headroom left becomes -2m pending.
    const next = await registerDeal(ctx(rep), {
      accountId,
      instrument: "GBP/USD",
      side: "BUY",
      notional: 1_000_000,
      price: 1.27,
      currency: "GBP",
    });
    expect(next.status).toBe("PENDING_APPROVAL");
  });

  it("lets only the assignee approve; approving books the deal and uses the credit", async () => {
    const tasks = await myTasks(ctx(manager), {});
    const task = tasks.find((x) => x.deal?.instrument === "Gilt 2033")!;
    await expect(approveDeal(ctx(rep), { id: task.id, version: task.version })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await approveDeal(ctx(manager), { id: task.id, version: task.version });
    expect((await t.db.deal.findUniqueOrThrow({ where: { id: task.deal!.id } })).status).toBe("BOOKED");
    expect(await exposure()).toBe(12_000_000);
    await expect(approveDeal(ctx(manager), { id: task.id, version: task.version + 1 })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    const other = (await myTasks(ctx(manager), {}))[0]!;
    await rejectDeal(ctx(manager), { id: other.id, version: other.version, reason: "Over limit" });
    expect((await t.db.deal.findUniqueOrThrow({ where: { id: other.deal!.id } })).status).toBe("REJECTED");
  });

  it("refuses bad tickets with field messages, and another team's account as missing", async () => {
    const bad = await registerDeal(ctx(rep), {
      accountId,
      instrument: "",
      side: "BUY",
      notional: -5,
      price: 0,
      currency: "XYZ",
    }).catch((e: { issues?: { path: string[] }[] }) => e);
    expect((bad as { issues: { path: string[] }[] }).issues.map((i) => i.path.join(".")).sort()).toEqual([
      "currency",
      "instrument",
      "notional",
      "price",
    ]);
    const before = await t.db.deal.count();
    await expect(
      registerDeal(ctx(outsider), {
        accountId,
        instrument: "EUR/USD",
        side: "BUY",
        notional: 1,
        price: 1,
        currency: "EUR",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Account not found" });
    expect(await t.db.deal.count()).toBe(before);
  });
});
