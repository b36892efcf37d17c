import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import {
  createAccount,
  createContactMechanism,
  createTeam,
  createUser,
} from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";

// A phone number removed from several tabs at once is removed once; on PostgreSQL the losers used
// to fail on the row the winner had deleted and answer 500.
const CONCURRENT = 50;

let t: TestDb;
let repId: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const teamId = (await createTeam(t.db)).id;
  repId = (await createUser(t.db, { teamIds: [teamId] })).id;
  accountId = (await createAccount(t.db, { teamId, ownerId: repId })).id;
});
afterAll(() => t.close());

describe("removing a contact mechanism", () => {
  it(`removes it once out of ${CONCURRENT} concurrent removals: one audit row, the rest NOT_FOUND`, async () => {
    const m = await createContactMechanism(t.db, { accountId, type: "PHONE", value: "+44 20 7946 0999" });
    const api = await callerAs(t.db, repId);
    const { ok, errors } = await raceCalls(times(CONCURRENT, () => api.mechanisms.remove({ id: m.id })));
    expect(ok).toHaveLength(1);
    for (const e of errors) expect(e).toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.auditLog.count({ where: { action: "mechanism.remove", entityId: accountId } })).toBe(1);
  });
});
