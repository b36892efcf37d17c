import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createInteraction, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";

// The rep dashboard's "My call-backs" and /tasks used to read different tables: the dashboard
// listed planned phone interactions that /tasks never showed, so one said "3 call-backs" and the
// other "Nothing to do".

let t: TestDb;
let repId: string;
let otherRepId: string;
let accountId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestDb();
  const desk = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [desk.id] })).id;
  otherRepId = (await createUser(t.db, { teamIds: [desk.id] })).id;
  accountId = (await createAccount(t.db, { teamId: desk.id, ownerId: repId })).id;
});
afterAll(() => t.close());

describe("the rep dashboard's call-backs and /tasks", () => {
  it("show the same call-backs, overdue ones marked overdue in both", async () => {
    const now = Date.now();
    const api = await callerAs(t.db, repId);
    const mk = (type: "CALL_BACK" | "FOLLOW_UP", title: string, dueIn: number, assigneeId = repId) =>
      t.db.task.create({
        data: { type, title, dueAt: new Date(now + dueIn), assigneeId, createdById: repId, accountId },
      });
    const overdue = await mk("CALL_BACK", "Promised yesterday", -DAY);
    const tomorrow = await mk("CALL_BACK", "Promised for tomorrow", DAY);
    await mk("CALL_BACK", "Next month", 30 * DAY);
    await mk("FOLLOW_UP", "Not a call-back", DAY);
    await mk("CALL_BACK", "Someone else's", DAY, otherRepId);
    // A planned phone call on the timeline is not a task: it must not pass for one on the dashboard.
    await createInteraction(t.db, {
      accountId,
      assignedUserId: repId,
      channel: "PHONE",
      status: "PLANNED",
      planStartAt: new Date(now + DAY),
    });

    const dashboard = await api.dashboards.rep({ timeZone: "Europe/London" });
    const tasks = await api.tasks.mine({});

    expect(dashboard.callBacks.map((c) => c.id)).toEqual([overdue.id, tomorrow.id]);
    const byId = new Map(tasks.map((x) => [x.id, x]));
    for (const c of dashboard.callBacks) {
      expect(byId.get(c.id)?.title).toBe(c.title);
      expect(byId.get(c.id)?.overdue).toBe(c.overdue);
    }
    expect(dashboard.callBacks.find((c) => c.id === overdue.id)?.overdue).toBe(true);
    expect(byId.get(overdue.id)?.overdue).toBe(true);
    expect(byId.get(tomorrow.id)?.overdue).toBe(false);
  });

  it("drop a call-back from both once it is done", async () => {
    const api = await callerAs(t.db, repId);
    const [first] = (await api.dashboards.rep({ timeZone: "Europe/London" })).callBacks;
    const task = await t.db.task.findUniqueOrThrow({ where: { id: first!.id } });
    await api.tasks.complete({ id: task.id, version: task.version });
    expect(
      (await api.dashboards.rep({ timeZone: "Europe/London" })).callBacks.map((c) => c.id),
    ).not.toContain(task.id);
    expect((await api.tasks.mine({})).map((c) => c.id)).not.toContain(task.id);
  });
});
