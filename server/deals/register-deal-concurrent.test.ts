import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";

// Tickets booked side by side against one credit line. On PostgreSQL they really run at the same
// time (PGlite's one connection takes them in turn): each read the same headroom, so all of them
// fitted and the exposure ran past the limit.
const CONCURRENT = 50;

let t: TestDb;
let repId: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const desk = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [desk.id] })).id;
  await createUser(t.db, { role: "MANAGER", teamIds: [desk.id] });
  // EUR 10m of headroom: room for exactly ten of the 1m tickets below.
  accountId = (
    await createAccount(t.db, {
      teamId: desk.id,
      ownerId: repId,
      creditLimit: 10_000_000,
      creditExposure: 0,
      creditCurrency: "EUR",
    })
  ).id;
});
afterAll(() => t.close());

describe("booking deals against one credit line at the same time", () => {
  it(`books only what fits the headroom out of ${CONCURRENT} concurrent tickets; the rest wait for approval`, async () => {
    const api = await callerAs(t.db, repId);
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, () =>
        api.deals.register({
          accountId,
          instrument: "EUR/USD",
          side: "BUY",
          notional: 1_000_000,
          price: 1.08,
          currency: "EUR",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "BOOKED")).toHaveLength(10);
    expect(results.filter((r) => r.status === "PENDING_APPROVAL")).toHaveLength(CONCURRENT - 10);
    expect(results.every((r) => r.status === "BOOKED" || r.approvalTaskId)).toBe(true);
    const account = await t.db.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(Number(account.creditExposure)).toBe(10_000_000);
    expect(await t.db.deal.count({ where: { accountId, status: "BOOKED" } })).toBe(10);
    expect(await t.db.auditLog.count({ where: { action: "create", entityType: "Deal" } })).toBe(CONCURRENT);
  });
});
