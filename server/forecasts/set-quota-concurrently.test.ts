import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";

// A quota set from several tabs at once: each used to read "no quota yet" and audit a create.
const CONCURRENT = 20;

let t: TestDb;
let managerId: string;
let repId: string;

beforeAll(async () => {
  t = await createTestDb();
  const teamId = (await createTeam(t.db)).id;
  managerId = (await createUser(t.db, { role: "MANAGER", teamIds: [teamId] })).id;
  repId = (await createUser(t.db, { role: "REP", teamIds: [teamId] })).id;
});
afterAll(() => t.close());

describe("setting a quota concurrently", () => {
  it(`audits one create and the rest as updates out of ${CONCURRENT} concurrent first sets`, async () => {
    const api = await callerAs(t.db, managerId);
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, (i) =>
        api.forecasts.setQuota({
          userId: repId,
          periodType: "MONTH",
          periodStart: "2026-03-01",
          amount: String(1000 + i),
        }),
      ),
    );
    expect(errors).toEqual([]);
    expect(ok).toHaveLength(CONCURRENT);
    const quotas = await t.db.salesQuota.findMany({ where: { userId: repId } });
    expect(quotas).toHaveLength(1);
    const audit = await t.db.auditLog.findMany({
      where: { entityType: "SalesQuota", entityId: quotas[0]!.id },
      orderBy: { id: "asc" },
    });
    expect(audit.filter((a) => a.action === "quota.create")).toHaveLength(1);
    expect(audit.filter((a) => a.action === "quota.update")).toHaveLength(CONCURRENT - 1);
    // Each update's before is the amount the one before it left: a chain with no gap.
    const amounts = (v: unknown) => (v as { amount: string } | null)?.amount;
    const afters = new Set(audit.map((a) => String(amounts(a.after))));
    for (const a of audit.filter((a) => a.action === "quota.update")) {
      expect(afters.has(String(amounts(a.before)))).toBe(true);
    }
  });
});
