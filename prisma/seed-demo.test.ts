import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { createTestDb, type TestDb } from "../server/test/test-db.ts";
import { DEMO_USER_LIST } from "./demo-users.ts";
import { seedDemo, type SeedDemoResult } from "./seed-demo.ts";
import { STAGE_PROBABILITY } from "./factories/opportunities.ts";

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

async function snapshot(t: TestDb) {
  return {
    accounts: await t.db.account.findMany({
      select: { id: true, partyGroupName: true, creditLimit: true, ownerId: true },
      orderBy: { id: "asc" },
    }),
    opportunities: await t.db.opportunity.findMany({
      select: { id: true, name: true, closeDate: true, estimatedAmount: true },
      orderBy: { id: "asc" },
    }),
  };
}

// Each full seed writes ~17,000 rows through PGlite; the timeouts leave room for a slow machine.
describe("seedDemo", { timeout: 240_000 }, () => {
  let a: TestDb;
  let b: TestDb;
  let first: SeedDemoResult;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    first = await seedDemo(a.db, { now: NOW });
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it("seeds once: a second run writes nothing and reports created: false", async () => {
    if (!first.created) throw new Error("the first seed wrote nothing");
    expect(first.counts.account).toBeGreaterThanOrEqual(250);
    expect(first.counts.contact).toBeGreaterThanOrEqual(1000);
    const before = await tableCounts(a);
    expect(before.accounts).toBe(first.counts.account);
    expect(before.users).toBe(DEMO_USER_LIST.length);

    const second = await seedDemo(a.db, { now: NOW });
    expect(second.created).toBe(false);
    expect(await tableCounts(a)).toEqual(before);
  });

  it("is deterministic: the same ids, names and amounts on a second database seeded with the same now", async () => {
    const second = await seedDemo(b.db, { now: NOW });
    if (!second.created || !first.created) throw new Error("both seeds should write");
    expect(second.counts).toEqual(first.counts);
    const left = await snapshot(a);
    expect(left.accounts.length).toBe(first.counts.account);
    expect(await snapshot(b)).toEqual(left);
  });

  it("gives every demo user one shared password and puts owners in their record's team", async () => {
    const users = await a.db.user.findMany({
      where: { isDemo: true },
      include: { memberships: true, agentLines: true },
    });
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    for (const u of users.filter((x) => x.role === "MANAGER"))
      expect(u.memberships.filter((m) => m.isManager)).toHaveLength(1);
    for (const u of users.filter((x) => x.role === "REP")) expect(u.agentLines.length).toBeGreaterThan(0);
    const strays = await a.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Account" x
      WHERE NOT EXISTS (SELECT 1 FROM "TeamMembership" m WHERE m."userId" = x."ownerId" AND m."teamId" = x."teamId")`;
    expect(strays[0]?.n).toBe(0);
  });

  it("stores phones in E.164 matching their displayed form, with one primary per type", async () => {
    const phones = await a.db.contactMechanism.findMany({
      where: { type: "PHONE" },
      select: { value: true, e164: true },
    });
    // A national form only means something in its own country: read it there.
    const regionOf = (e164: string) => (e164.startsWith("+1") ? "US" : e164.startsWith("+33") ? "FR" : "GB");
    for (const p of phones)
      expect(parsePhoneNumberFromString(p.value, regionOf(p.e164 ?? ""))?.number).toBe(p.e164);
    const doubles = await a.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT "contactId", type FROM "ContactMechanism"
        WHERE "isPrimary" AND "contactId" IS NOT NULL GROUP BY "contactId", type HAVING count(*) > 1) d`;
    expect(doubles[0]?.n).toBe(0);
    expect(
      await a.db.contact.count({
        where: { contactMechanisms: { none: { type: "PHONE", isPrimary: true } } },
      }),
    ).toBe(0);
  });

  it("covers every stage, event type, channel, agreement type, lead and activity status", async () => {
    const opportunities = await a.db.opportunity.findMany({
      select: { stage: true, probability: true, forecastCategory: true },
    });
    for (const o of opportunities) expect(o.probability).toBe(STAGE_PROBABILITY[o.stage]);
    expect(
      opportunities.filter((o) => o.stage === "CLOSED_WON").every((o) => o.forecastCategory === "CLOSED"),
    ).toBe(true);
    expect(new Set(opportunities.map((o) => o.stage)).size).toBe(7);

    const distinct = async (sql: TemplateStringsArray) => (await a.db.$queryRaw<{ v: string }[]>(sql)).length;
    expect(await distinct`SELECT DISTINCT type::text AS v FROM "Event"`).toBe(6);
    expect(await distinct`SELECT DISTINCT channel::text AS v FROM "Interaction"`).toBe(6);
    expect(await distinct`SELECT DISTINCT type::text AS v FROM "Interaction"`).toBe(6);
    expect(await distinct`SELECT DISTINCT "agreementType"::text AS v FROM "Agreement"`).toBe(4);
    expect(await distinct`SELECT DISTINCT status::text AS v FROM "CampaignActivity"`).toBe(5);
    expect(await distinct`SELECT DISTINCT status::text AS v FROM "Lead"`).toBe(5);

    expect(await a.db.agreement.count({ where: { endDate: { lt: NOW } } })).toBeGreaterThan(0);
    const converted = await a.db.lead.findMany({ where: { status: "CONVERTED" } });
    expect(converted.length).toBeGreaterThan(0);
    for (const l of converted)
      expect([l.convertedAccountId, l.convertedContactId, l.convertedOpportunityId].every(Boolean)).toBe(
        true,
      );
  });
});
