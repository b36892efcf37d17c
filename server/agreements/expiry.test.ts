import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createPrismaClient, type Db } from "../db/create-client.ts";
import { createAccount, createAgreement, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { createExpiryTasks } from "./expiry.ts";

// The expiry job runs on every app instance. On PostgreSQL the second "instance" is a second
// client with its own pool on the same database; PGlite has one connection, so there both runs
// share it (still interleaved by the event loop).

let t: TestDb;
let second: Db;
let ownerId: string;
let adminId: string;
let accountId: string;
const now = new Date("2026-11-22T09:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  t = await createTestDb();
  second = t.url.startsWith("postgres") ? createPrismaClient(t.url) : t.db;
  const team = await createTeam(t.db);
  ownerId = (await createUser(t.db, { role: "REP", teamIds: [team.id] })).id;
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
  accountId = (await createAccount(t.db, { teamId: team.id, ownerId, partyGroupName: "Contoso Bank" })).id;
});
afterAll(async () => {
  if (second !== t.db) await second.$disconnect();
  await t.close();
});

const agreement = (endDate: string | null, extra: { endedAt?: Date } = {}) =>
  createAgreement(t.db, {
    accountId,
    agreementType: "EMAIL_MARKETING",
    startDate: day("2026-01-01"),
    endDate: endDate ? day(endDate) : null,
    ...extra,
  });

describe("expiry reminders", () => {
  it("give the account owner one task per agreement 14 days before its End Date, even with two instances racing", async () => {
    const dueToday = await agreement("2026-11-22");
    const dueIn14 = await agreement("2026-12-06");
    await agreement("2026-12-07"); // 15 days: not yet
    await agreement(null); // open-ended: never
    await agreement("2026-11-21"); // already over
    await agreement("2026-12-01", { endedAt: new Date("2026-11-20T00:00:00Z") }); // ended early

    const runs = await Promise.all([
      createExpiryTasks(t.db, now),
      createExpiryTasks(second, now),
      createExpiryTasks(t.db, now),
      createExpiryTasks(second, now),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(2);
    const tasks = await t.db.task.findMany({ where: { accountId }, orderBy: { dueAt: "asc" } });
    expect(tasks).toHaveLength(2);
    expect(tasks.map((x) => x.assigneeId)).toEqual([ownerId, ownerId]);
    expect(tasks[0]).toMatchObject({ type: "FOLLOW_UP", status: "OPEN", dueAt: day("2026-11-22") });
    expect(tasks[0]!.title).toContain("Email Marketing");
    const reminders = await t.db.agreementReminder.findMany({
      where: { agreementId: { in: [dueToday.id, dueIn14.id] } },
    });
    expect(reminders.map((r) => r.taskId).sort()).toEqual(tasks.map((x) => x.id).sort());
    expect(await t.db.auditLog.count({ where: { action: "expiryReminder" } })).toBe(2);

    // A later run, the next day, creates nothing new for them.
    expect(await createExpiryTasks(t.db, new Date("2026-11-23T09:00:00Z"))).toBe(1); // the 12-07 one is now due
    expect(await t.db.task.count({ where: { accountId } })).toBe(3);
  });

  it("the database, not the scheduler, keeps it once: a second reminder row of the same kind is refused", async () => {
    const a = await agreement("2026-11-30");
    await t.db.agreementReminder.create({ data: { agreementId: a.id, kind: "EXPIRY_14_DAYS" } });
    await expect(
      t.db.agreementReminder.create({ data: { agreementId: a.id, kind: "EXPIRY_14_DAYS" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("the expiry list shows active agreements ending in the next 30 days, soonest first", async () => {
    const admin = await callerAs(t.db, adminId);
    const rows = await admin.agreements.expiring({});
    // Relative to the real today: these were made relative to 2026-11-22, so build fresh ones.
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const a = await agreement(soon);
    await agreement(later);
    const after = await admin.agreements.expiring({});
    expect(after.length).toBe(rows.length + 1);
    expect(after.find((r) => r.id === a.id)).toMatchObject({ daysLeft: 3 });
    const ends = after.map((r) => r.endDate!.getTime());
    expect(ends).toEqual([...ends].sort((x, y) => x - y));
  });
});
