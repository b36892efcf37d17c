import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createCtiIntegration, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { agentBus } from "../telephony/agent-bus.ts";

// A call has one report, also when the Save button is pressed many times at once. On PostgreSQL
// the saves really run side by side: the losers used to hit the unique call link and answer 500.
const CONCURRENT = 50;

let t: TestDb;
let repId: string;
let accountId: string;
let sessionId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [team.id] })).id;
  accountId = (await createAccount(t.db, { teamId: team.id, ownerId: repId })).id;
  const integration = await createCtiIntegration(t.db);
  const at = new Date("2026-11-23T10:00:00Z");
  const session = await t.db.commSession.create({
    data: {
      integrationId: integration.id,
      externalId: "race-1",
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
  sessionId = session.id;
});
afterAll(async () => {
  await agentBus().close();
  await t.close();
});

describe("saving a call report", () => {
  it(`saves once out of ${CONCURRENT} concurrent saves: one interaction, one call-back, one audit row; the rest are told it exists`, async () => {
    const api = await callerAs(t.db, repId);
    const input = {
      sessionId,
      name: "Call with the client",
      summary: "Talked about a forward.",
      result: { resultType: "Follow-up" },
      callBack: { dueAt: new Date("2026-11-24T15:00:00Z"), title: "Forward quote" },
    };
    const settled = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => api.callReport.save(input)),
    );
    const ok = settled.filter((s) => s.status === "fulfilled");
    const errors = settled
      .filter((s): s is PromiseRejectedResult => s.status === "rejected")
      .map((s) => s.reason as { code: string; message: string });
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(CONCURRENT - 1);
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: "This call already has a report." });
    expect(await t.db.interaction.count({ where: { commSessionId: sessionId } })).toBe(1);
    expect(await t.db.task.count({ where: { type: "CALL_BACK", accountId } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "create", entityType: "Interaction" } })).toBe(1);
    expect((await t.db.commSession.findUniqueOrThrow({ where: { id: sessionId } })).state).toBe("REPORTED");
  });
});
