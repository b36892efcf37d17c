import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { createAccount, createInteraction, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let me: string;
let colleague: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = (await createTeam(t.db)).id;
  me = (await createUser(t.db, { role: "REP", teamIds: [team] })).id;
  colleague = (await createUser(t.db, { role: "REP", teamIds: [team] })).id;
  accountId = (await createAccount(t.db, { ownerId: me, teamId: team })).id;
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
let n = 0;
const session = (agentId: string, createdAt: string, extra: Record<string, unknown> = {}) =>
  t.db.commSession.create({
    data: {
      externalId: `call-${++n}`,
      channel: "CALL",
      direction: "INBOUND",
      fromAddress: "+441144960958",
      agentId,
      accountId,
      state: "ENDED",
      createdAt: at(createdAt),
      answeredAt: at(createdAt),
      ...extra,
    },
  });

describe("Latest Communications", () => {
  it("lists what the user handled, newest first, with calls whose report is not saved yet", async () => {
    const reported = await session(me, "2026-11-20T09:00:00Z");
    const report = await createInteraction(t.db, {
      accountId,
      assignedUserId: me,
      activityDate: at("2026-11-20T09:10:00Z"),
      commSessionId: reported.id,
      name: "Reported call",
      subject: null,
    });
    const pending = await session(me, "2026-11-21T10:00:00Z");
    await session(me, "2026-11-22T10:00:00Z", { answeredAt: null, state: "ENDED" }); // missed: not handled
    await session(colleague, "2026-11-23T10:00:00Z"); // someone else's
    const older = await createInteraction(t.db, {
      accountId,
      assignedUserId: me,
      activityDate: at("2026-11-19T08:00:00Z"),
      name: "Older meeting",
      subject: null,
    });

    const caller = await callerAs(t.db, me);
    const page = await caller.communications.latest({ limit: 10 });
    expect(page.items.map((i) => [i.kind, i.id])).toEqual([
      ["UNREPORTED_SESSION", pending.id],
      ["INTERACTION", report.id],
      ["INTERACTION", older.id],
    ]);
    expect(page.items[0]).toMatchObject({
      reportPending: true,
      channel: "PHONE",
      account: { id: accountId },
    });

    // Pages continue across both sources without repeats.
    const first = await caller.communications.latest({ limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await caller.communications.latest({ limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual([pending.id, report.id, older.id]);
    expect(second.nextCursor).toBeNull();
    await expect(caller.communications.latest({ cursor: "garbage" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
