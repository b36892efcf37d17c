import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createCtiIntegration, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { agentBus } from "../telephony/agent-bus.ts";

// Opening the report puts an ended call into wrap-up once, however many tabs open it at the same
// moment, and never pulls a call that a concurrent save has reported back into wrap-up. On
// PostgreSQL these calls really run side by side (on PGlite one connection takes them in turn).
const CONCURRENT = 50;

let t: TestDb;
let repId: string;
let accountId: string;
let integrationId: string;
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [team.id] })).id;
  accountId = (await createAccount(t.db, { teamId: team.id, ownerId: repId })).id;
  integrationId = (await createCtiIntegration(t.db)).id;
});
afterAll(async () => {
  await agentBus().close();
  await t.close();
});

async function endedCall() {
  const at = new Date("2026-11-23T10:00:00Z");
  return t.db.commSession.create({
    data: {
      integrationId,
      externalId: `open-race-${++n}`,
      channel: "CALL",
      direction: "INBOUND",
      fromAddress: "+441144960958",
      fromE164: "+441144960958",
      agentId: repId,
      accountId,
      state: "ENDED",
      ringingAt: at,
      answeredAt: at,
      endedAt: new Date(at.getTime() + 60_000),
      durationSec: 60,
    },
  });
}

const auditRows = (entityId: string) =>
  t.db.auditLog.findMany({ where: { action: "telephony.wrapUp", entityId } });

describe("opening a call report", () => {
  it(`puts the call into wrap-up once out of ${CONCURRENT} concurrent opens: one audit row, every open answered`, async () => {
    const { id: sessionId } = await endedCall();
    const api = await callerAs(t.db, repId);
    const answers = await Promise.all(
      Array.from({ length: CONCURRENT }, () => api.callReport.open({ sessionId })),
    );
    expect(answers.every((a) => a.state === "WRAP_UP")).toBe(true);
    const audit = await auditRows(sessionId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { state: "ENDED" }, after: { state: "WRAP_UP" } });
  });

  it("opening again once wrapped up changes nothing and writes no audit row", async () => {
    const { id: sessionId } = await endedCall();
    const api = await callerAs(t.db, repId);
    await api.callReport.open({ sessionId });
    expect(await api.callReport.open({ sessionId })).toEqual({ state: "WRAP_UP" });
    expect(await auditRows(sessionId)).toHaveLength(1);
  });

  it("never moves a call reported by a concurrent save back into wrap-up", async () => {
    const api = await callerAs(t.db, repId);
    for (let round = 0; round < 5; round++) {
      const { id: sessionId } = await endedCall();
      const save = api.callReport.save({
        sessionId,
        name: "Call with the client",
        summary: "Forward.",
        result: { resultType: "Follow-up" },
      });
      const opens = Array.from({ length: CONCURRENT / 5 }, () => api.callReport.open({ sessionId }));
      await Promise.allSettled([save, ...opens]);
      await expect(save).resolves.toMatchObject({ accountId });
      expect((await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } })).state).toBe("REPORTED");
    }
  });
});
