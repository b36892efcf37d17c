import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../server/test/test-db.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { seedDemo } from "./seed-demo.ts";

// A fixed "now": dates are relative to it, so two seeds with the same now are identical.
const NOW = new Date("2026-06-15T09:30:00Z");

async function tableCounts(t: TestDb) {
  const { db } = t;
  return {
    users: await db.user.count(),
    accounts: await db.account.count(),
    contacts: await db.contact.count(),
    mechanisms: await db.contactMechanism.count(),
    opportunities: await db.opportunity.count(),
    interactions: await db.interaction.count(),
  };
}

async function firstAccounts(t: TestDb) {
  return t.db.account.findMany({ select: { id: true, partyGroupName: true }, orderBy: { id: "asc" }, take: 5 });
}

// Each full seed writes ~17,000 rows through PGlite; the timeouts leave room for a slow machine.
describe("seedDemo", { timeout: 240_000 }, () => {
  let a: TestDb;
  let b: TestDb;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDb(), createTestDb()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it("seeds once: a second run writes nothing and reports created: false", async () => {
    const first = await seedDemo(a.db, { now: NOW });
    expect(first.created).toBe(true);
    expect(first.counts.account).toBeGreaterThanOrEqual(250);
    expect(first.counts.contact).toBeGreaterThanOrEqual(1000);
    const before = await tableCounts(a);
    expect(before.accounts).toBe(first.counts.account);
    expect(before.users).toBe(DEMO_USERS.length);

    const second = await seedDemo(a.db, { now: NOW });
    expect(second.created).toBe(false);
    expect(await tableCounts(a)).toEqual(before);
  });

  it("is deterministic: the same ids and names on a second database seeded with the same now", async () => {
    const second = await seedDemo(b.db, { now: NOW });
    expect(second.created).toBe(true);
    const left = await firstAccounts(a);
    const right = await firstAccounts(b);
    expect(left).toHaveLength(5);
    expect(right).toEqual(left);
  });
});
