import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";
import { createInProcessBus } from "../telephony/agent-bus.ts";
import { messagesAfter } from "../telephony/agent-notifications.ts";
import { sweepDueReminders } from "./task-reminders.ts";
import { callerAs } from "../test/sign-in-as.ts";

// Two app instances are two buses on one database; on PostgreSQL their sweeps really overlap.
const DUE = 25;
const SWEEPS = 6;

let t: TestDb;
let repId: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const desk = await createTeam(t.db);
  repId = (await createUser(t.db, { teamIds: [desk.id] })).id;
  accountId = (await createAccount(t.db, { teamId: desk.id, ownerId: repId })).id;
});
afterAll(() => t.close());

const task = (title: string, dueAt: Date | null, extra: object = {}) =>
  t.db.task.create({
    data: { type: "CALL_BACK", title, dueAt, assigneeId: repId, createdById: repId, accountId, ...extra },
  });

describe("due-time reminders", () => {
  it(`queues each due task's reminder once, with ${SWEEPS} sweeps on two instances at the same time`, async () => {
    const now = new Date();
    const due = await Promise.all(
      Array.from({ length: DUE }, (_, i) => task(`Ring back ${i}`, new Date(now.getTime() - i * 1000))),
    );
    const later = await task("Not yet", new Date(now.getTime() + 3_600_000));
    const undated = await task("Some day", null);
    const done = await task("Already done", new Date(now.getTime() - 1000), { status: "DONE" });
    const instances = [createInProcessBus(), createInProcessBus()];
    const wakes = [0, 0];
    instances.forEach((bus, i) => bus.subscribe(repId, () => (wakes[i]! += 1)));

    const queued = await Promise.all(
      Array.from({ length: SWEEPS }, (_, i) => sweepDueReminders(t.db, instances[i % 2]!, now)),
    );

    expect(queued.reduce((a, b) => a + b, 0)).toBe(DUE);
    const reminders = (await messagesAfter(t.db, repId, 0n, 1000)).filter((m) => m.type === "taskReminder");
    const ids = reminders.map((m) => (m.type === "taskReminder" ? m.data.taskId : ""));
    expect(ids.sort()).toEqual(due.map((d) => d.id).sort());
    expect(new Set(ids).size).toBe(DUE);
    for (const id of [later.id, undated.id, done.id]) expect(ids).not.toContain(id);
    expect(wakes[0]! + wakes[1]!).toBeGreaterThan(0);
    // What the browser shows: the title, the due time, and where the task's record opens.
    expect(
      reminders.find((m) => m.type === "taskReminder" && m.data.taskId === due[0]!.id)?.data,
    ).toMatchObject({
      title: "Ring back 0",
      type: "CALL_BACK",
      dueAt: due[0]!.dueAt!.toISOString(),
      link: { href: `/accounts/${accountId}` },
    });
    // The reminder is the system's note: the version the rep's "Done" carries still holds.
    const after = await t.db.task.findUniqueOrThrow({ where: { id: due[0]!.id } });
    expect(after.version).toBe(due[0]!.version);
    expect(after.reminderSentAt).not.toBeNull();
    await (await callerAs(t.db, repId)).tasks.complete({ id: after.id, version: after.version });

    // A later sweep finds nothing left to send.
    expect(await sweepDueReminders(t.db, instances[0]!, new Date())).toBe(0);
  });

  it("reminds a task that falls due later, at its time and not before", async () => {
    const at = new Date(Date.now() + 60_000);
    const soon = await task("In a minute", at);
    const bus = createInProcessBus();
    await sweepDueReminders(t.db, bus, new Date(at.getTime() - 1));
    expect((await t.db.task.findUniqueOrThrow({ where: { id: soon.id } })).reminderSentAt).toBeNull();
    expect(await sweepDueReminders(t.db, bus, at)).toBe(1);
    expect(await sweepDueReminders(t.db, bus, new Date(at.getTime() + 5000))).toBe(0);
  });
});
