import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createCtiIntegration, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";

// Admin changes to one integration sent together, e.g. from two tabs: each used to read the
// integration and then write, so the audit showed changes from a state that was already gone, and
// concurrent rotations each kept their own new secret valid for ever.
const CONCURRENT = 20;

let t: TestDb;
let adminId: string;

beforeAll(async () => {
  t = await createTestDb();
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
});
afterAll(() => t.close());

const audits = (entityId: string) =>
  t.db.auditLog.findMany({ where: { entityType: "CtiIntegration", entityId }, orderBy: { id: "asc" } });

describe("integration admin under concurrent calls", () => {
  it("concurrent disables audit one change, from enabled to disabled", async () => {
    const integration = await createCtiIntegration(t.db, { enabled: true });
    const api = await callerAs(t.db, adminId);
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, () => api.telephony.setIntegrationEnabled({ id: integration.id, enabled: false })),
    );
    expect(errors).toEqual([]);
    expect(ok).toHaveLength(CONCURRENT);
    const rows = await audits(integration.id);
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ["disable", { enabled: true }, { enabled: false }],
    ]);
  });

  it("concurrent enables and disables audit a chain: each change starts where the one before ended", async () => {
    const integration = await createCtiIntegration(t.db, { enabled: true });
    const api = await callerAs(t.db, adminId);
    const { errors } = await raceCalls(
      times(CONCURRENT, (i) =>
        api.telephony.setIntegrationEnabled({ id: integration.id, enabled: i % 2 === 0 }),
      ),
    );
    expect(errors).toEqual([]);
    const rows = (await audits(integration.id)) as unknown as {
      before: { enabled: boolean };
      after: { enabled: boolean };
    }[];
    let state = true;
    for (const r of rows) {
      expect(r.before.enabled).toBe(state);
      expect(r.after.enabled).toBe(!state);
      state = r.after.enabled;
    }
    const final = await t.db.ctiIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(final.enabled).toBe(state);
  });

  it("concurrent rotations without overlap leave exactly one secret working", async () => {
    const integration = await createCtiIntegration(t.db);
    const api = await callerAs(t.db, adminId);
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, () => api.telephony.rotateSecret({ id: integration.id, overlapHours: 0 })),
    );
    expect(errors).toEqual([]);
    const now = new Date();
    const working = await t.db.integrationSecret.findMany({
      where: { integrationId: integration.id, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    });
    expect(working).toHaveLength(1);
    // The one left is the one the last rotation issued.
    expect(ok.map((r) => r.secret)).toContain(working[0]!.secret);
  });

  it("concurrent rotations with an overlap leave one secret without an end", async () => {
    const integration = await createCtiIntegration(t.db);
    const api = await callerAs(t.db, adminId);
    const { errors } = await raceCalls(
      times(CONCURRENT, () => api.telephony.rotateSecret({ id: integration.id, overlapHours: 24 })),
    );
    expect(errors).toEqual([]);
    const open = await t.db.integrationSecret.count({
      where: { integrationId: integration.id, expiresAt: null },
    });
    expect(open).toBe(1);
  });
});
