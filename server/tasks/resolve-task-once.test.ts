import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs, viewerOf } from "../test/sign-in-as.ts";
import { registerDeal } from "../deals/register-deal.ts";
import { raceCalls } from "../test/race-calls.ts";

// A task closes once. On PostgreSQL these calls really run side by side (on PGlite one connection
// takes them in turn), which is where a read-then-write approval booked a deal several times.
const CONCURRENT = 60;

let t: TestDb;
let repId: string;
let managerId: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const desk = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [desk.id] })).id;
  managerId = (await createUser(t.db, { role: "MANAGER", teamIds: [desk.id] })).id;
  // EUR 1m limit, nothing used: every 5m ticket below waits for the manager.
  accountId = (
    await createAccount(t.db, {
      teamId: desk.id,
      ownerId: repId,
      creditLimit: 1_000_000,
      creditExposure: 0,
      creditCurrency: "EUR",
    })
  ).id;
});
afterAll(() => t.close());

const exposure = async () =>
  Number((await t.db.account.findUniqueOrThrow({ where: { id: accountId } })).creditExposure);

/** A 5m ticket over the limit, and its approval task as the manager sees it. */
async function pendingDeal() {
  const deal = await registerDeal(
    { db: t.db, viewer: await viewerOf(t.db, repId) },
    { accountId, instrument: "EUR/USD", side: "BUY", notional: 5_000_000, price: 1.08, currency: "EUR" },
  );
  expect(deal.status).toBe("PENDING_APPROVAL");
  const task = await t.db.task.findUniqueOrThrow({ where: { id: deal.approvalTaskId! } });
  return { dealId: deal.id, task };
}

const auditRows = (action: string, entityId: string) => t.db.auditLog.count({ where: { action, entityId } });

describe("resolving a task happens once, however many requests race", () => {
  it(`approves a pending deal once out of ${CONCURRENT} concurrent approvals: one booking, the exposure counted once, one audit row`, async () => {
    const { dealId, task } = await pendingDeal();
    const before = await exposure();
    const api = await callerAs(t.db, managerId);
    const { ok, errors } = await raceCalls(
      Array.from(
        { length: CONCURRENT },
        () => () => api.tasks.approveDeal({ id: task.id, version: task.version }),
      ),
    );
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(CONCURRENT - 1);
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: "This deal was already approved." });
    expect(await exposure()).toBe(before + 5_000_000);
    expect(await auditRows("approveDeal", task.id)).toBe(1);
    expect((await t.db.deal.findUniqueOrThrow({ where: { id: dealId } })).status).toBe("BOOKED");
    expect(await t.db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "DONE",
      version: task.version + 1,
    });
  });

  it("lets only one of an approval and a rejection sent together win, and the exposure follows the winner", async () => {
    const { dealId, task } = await pendingDeal();
    const before = await exposure();
    const api = await callerAs(t.db, managerId);
    const calls = Array.from({ length: CONCURRENT }, (_, i) =>
      i % 2 === 0
        ? () => api.tasks.approveDeal({ id: task.id, version: task.version })
        : () => api.tasks.rejectDeal({ id: task.id, version: task.version, reason: "Over limit" }),
    );
    const { ok, errors } = await raceCalls<{ status: string }>(calls);
    expect(ok).toHaveLength(1);
    const final = (await t.db.deal.findUniqueOrThrow({ where: { id: dealId } })).status;
    expect(ok[0]!.status).toBe(final);
    const word = final === "BOOKED" ? "approved" : "rejected";
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: `This deal was already ${word}.` });
    expect(await exposure()).toBe(final === "BOOKED" ? before + 5_000_000 : before);
    expect((await auditRows("approveDeal", task.id)) + (await auditRows("rejectDeal", task.id))).toBe(1);
  });

  it(`completes a task once out of ${CONCURRENT} concurrent completions, with one audit row`, async () => {
    const task = await t.db.task.create({
      data: {
        type: "CALL_BACK",
        title: "Ring back about the forward",
        assigneeId: repId,
        createdById: repId,
        accountId,
      },
    });
    const api = await callerAs(t.db, repId);
    const { ok, errors } = await raceCalls(
      Array.from(
        { length: CONCURRENT },
        () => () => api.tasks.complete({ id: task.id, version: task.version }),
      ),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: "This task is already closed." });
    expect(errors).toHaveLength(CONCURRENT - 1);
    expect(await auditRows("complete", task.id)).toBe(1);
    expect(await t.db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "DONE",
      version: task.version + 1,
    });
  });

  it("still tells a stale version on an open task from a closed one", async () => {
    const task = await t.db.task.create({
      data: {
        type: "CALL_BACK",
        title: "Send the term sheet",
        assigneeId: repId,
        createdById: repId,
        accountId,
      },
    });
    const api = await callerAs(t.db, repId);
    await expect(api.tasks.complete({ id: task.id, version: task.version + 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This task was changed by someone else. Review their changes and save again.",
    });
    await api.tasks.complete({ id: task.id, version: task.version });
    await expect(api.tasks.complete({ id: task.id, version: task.version })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This task is already closed.",
    });
  });
});
