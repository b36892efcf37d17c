import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import {
  createAccount,
  createCommCentreRule,
  createOpportunity,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";

// A record leaves a stage, is deleted, restored or edited once, however many requests race for
// it: one wins (one audit row, one history row), the others are told why they lost. On PostgreSQL
// these calls really run side by side (on PGlite one connection takes them in turn).
const CONCURRENT = 50;

let t: TestDb;
let repId: string;
let adminId: string;
let teamId: string;

beforeAll(async () => {
  t = await createTestDb();
  teamId = (await createTeam(t.db)).id;
  repId = (await createUser(t.db, { teamIds: [teamId] })).id;
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
});
afterAll(() => t.close());

const auditRows = (action: string, entityId: string) => t.db.auditLog.count({ where: { action, entityId } });

describe("transitions on records under concurrent requests", () => {
  it(`moves an opportunity once out of ${CONCURRENT} concurrent moves from one board: one history row, the rest 409`, async () => {
    const accountId = (await createAccount(t.db, { teamId, ownerId: repId })).id;
    const opp = await createOpportunity(t.db, { accountId, stage: "PROSPECTING" });
    const api = await callerAs(t.db, repId);
    const stages = ["QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL"] as const;
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, (i) =>
        api.opportunities.moveStage({ id: opp.id, version: opp.version, stage: stages[i % 3]! }),
      ),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "CONFLICT" });
    expect(
      await t.db.opportunityStageHistory.count({
        where: { opportunityId: opp.id, fromStage: "PROSPECTING" },
      }),
    ).toBe(1);
    expect(await auditRows("stage-change", opp.id)).toBe(1);
    expect(await t.db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).toMatchObject({
      stage: ok[0]!.stage,
      version: opp.version + 1,
    });
  });

  it(`deletes a record once out of ${CONCURRENT} concurrent deletes: one audit row, the rest find it gone`, async () => {
    const account = await createAccount(t.db, { teamId, ownerId: repId });
    const api = await callerAs(t.db, repId);
    const { ok, errors } = await raceCalls(times(CONCURRENT, () => api.accounts.delete({ id: account.id })));
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRows("delete", account.id)).toBe(1);
    expect((await t.db.account.findUniqueOrThrow({ where: { id: account.id } })).version).toBe(
      account.version + 1,
    );
  });

  it(`restores a deleted record once out of ${CONCURRENT} concurrent restores: one audit row, the rest 409`, async () => {
    const account = await createAccount(t.db, { teamId, ownerId: repId });
    await (await callerAs(t.db, repId)).accounts.delete({ id: account.id });
    const admin = await callerAs(t.db, adminId);
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, () => admin.admin.restore({ entityType: "Account", id: account.id })),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: "This account is not deleted." });
    expect(await auditRows("restore", account.id)).toBe(1);
    expect(await t.db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      deletedAt: null,
      version: account.version + 2,
    });
  });

  it(`saves a routing rule once out of ${CONCURRENT} concurrent edits of one version: the rest 409, no edit lost silently`, async () => {
    const rule = await createCommCentreRule(t.db);
    const admin = await callerAs(t.db, adminId);
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, (i) =>
        admin.commTools.updateRule({
          id: rule.id,
          version: rule.version,
          name: `Edit ${i}`,
          priority: i,
          enabled: true,
          conditions: {},
          tools: [],
          actions: [rule.actions[0] ?? "CALL"],
        } as never),
      ),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "CONFLICT" });
    expect(await auditRows("update", rule.id)).toBe(1);
    expect(await t.db.commCentreRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({
      name: (ok[0] as { name: string }).name,
      version: rule.version + 1,
    });
  });

  it(`deletes a routing rule once out of ${CONCURRENT} concurrent deletes: the rest NOT_FOUND, none a 500`, async () => {
    const rule = await createCommCentreRule(t.db);
    const admin = await callerAs(t.db, adminId);
    const { ok, errors } = await raceCalls(
      times(CONCURRENT, () => admin.commTools.deleteRule({ id: rule.id })),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRows("delete", rule.id)).toBe(1);
  });

  it(`deletes a saved view once out of ${CONCURRENT} concurrent deletes: the rest NOT_FOUND, none a 500`, async () => {
    const view = await t.db.savedView.create({
      data: { userId: repId, entity: "accounts", name: "Mine", params: { query: "" } },
    });
    const api = await callerAs(t.db, repId);
    const { ok, errors } = await raceCalls(times(CONCURRENT, () => api.views.delete({ id: view.id })));
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRows("savedView.delete", view.id)).toBe(1);
  });
});
