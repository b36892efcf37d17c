import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createAgreement, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";

// An agreement opened, corrected, ended, withdrawn and renewed, through the API as admins and reps
// call it: each change takes effect at once for marketing consent, is audited, and happens once.

let t: TestDb;
let adminId: string;
let repId: string;
let accountId: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
  repId = (await createUser(t.db, { role: "REP", teamIds: [team.id] })).id;
  accountId = (
    await createAccount(t.db, { teamId: team.id, ownerId: repId, partyGroupName: "Northwind Ltd" })
  ).id;
});
afterAll(() => t.close());

const emailAgreement = () =>
  createAgreement(t.db, {
    accountId,
    agreementType: "EMAIL_MARKETING",
    startDate: new Date("2026-01-01T00:00:00Z"),
    endDate: null,
  });

/** A marketing email to the account, as a rep sends it: refused without Email Marketing consent. */
async function marketingEmail() {
  const rep = await callerAs(t.db, repId);
  return rep.interactions.create({
    accountId,
    isMarketing: true,
    send: true,
    planning: { name: "Rates offer", type: "EMAIL", emailAddress: "client@example.com" },
    result: { communicationChannel: "EMAIL", subject: "Better rates", body: "Dear client" },
  });
}

const audits = (entityId: string, action: string) =>
  t.db.auditLog.count({ where: { entityType: "Agreement", entityId, action } });

describe("ending an agreement", () => {
  it("refuses marketing at once, is audited, and shows Inactive", async () => {
    const a = await emailAgreement();
    await expect(marketingEmail()).resolves.toBeTruthy();
    const admin = await callerAs(t.db, adminId);
    const ended = await admin.agreements.end({ id: a.id, version: a.version });
    expect(ended.status).toBe("INACTIVE");
    expect(ended.endDate?.toISOString().slice(0, 10)).toBe(today);
    await expect(marketingEmail()).rejects.toMatchObject({
      message: expect.stringContaining("Email Marketing"),
    });
    expect(await audits(a.id, "end")).toBe(1);
    const opened = await admin.agreements.byId({ id: a.id });
    expect(opened).toMatchObject({ status: "INACTIVE", version: a.version + 1 });
    expect(opened.endedAt).toBeInstanceOf(Date);
  });

  it("happens once out of 20 concurrent calls; the others are told it was already ended", async () => {
    const a = await emailAgreement();
    const admin = await callerAs(t.db, adminId);
    const { ok, errors } = await raceCalls(
      times(20, () => admin.agreements.end({ id: a.id, version: a.version })),
    );
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(19);
    for (const e of errors) expect(e).toMatchObject({ code: "CONFLICT" });
    expect(await audits(a.id, "end")).toBe(1);
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(a.version + 1);
  });

  it("is for admins only: a rep is forbidden and nothing changes", async () => {
    const a = await emailAgreement();
    const rep = await callerAs(t.db, repId);
    await expect(rep.agreements.end({ id: a.id, version: a.version })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await t.db.agreement.findUniqueOrThrow({ where: { id: a.id } })).endedAt).toBeNull();
  });
});

describe("withdrawing consent", () => {
  it("needs a reason, keeps it, and happens once under concurrent calls", async () => {
    // Only this agreement gives consent: earlier tests' ones are set aside.
    await t.db.agreement.updateMany({ where: { accountId, endedAt: null }, data: { endedAt: new Date() } });
    const a = await emailAgreement();
    await expect(marketingEmail()).resolves.toBeTruthy();
    const admin = await callerAs(t.db, adminId);
    await expect(
      admin.agreements.withdraw({ id: a.id, version: a.version, reason: "   " }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const { ok, errors } = await raceCalls(
      times(10, (i) =>
        admin.agreements.withdraw({ id: a.id, version: a.version, reason: `Asked by phone ${i}` }),
      ),
    );
    expect(ok).toHaveLength(1);
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already withdrawn") });
    const row = await t.db.agreement.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.withdrawalReason).toMatch(/^Asked by phone \d$/);
    expect(row.withdrawnAt).toBeInstanceOf(Date);
    expect(await audits(a.id, "withdraw")).toBe(1);
    await expect(marketingEmail()).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
  });
});

describe("correcting the dates", () => {
  it("changes them at the version seen, refuses a stale version and an end before the start", async () => {
    const a = await createAgreement(t.db, {
      accountId,
      agreementType: "SMS_MARKETING",
      startDate: new Date("2026-01-01T00:00:00Z"),
      endDate: new Date("2026-02-01T00:00:00Z"),
    });
    const admin = await callerAs(t.db, adminId);
    await expect(
      admin.agreements.correctDates({
        id: a.id,
        version: a.version,
        startDate: "2026-03-01",
        endDate: "2026-02-01",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const fixed = await admin.agreements.correctDates({
      id: a.id,
      version: a.version,
      startDate: "2026-01-01",
      endDate: "2199-12-31",
    });
    expect(fixed.status).toBe("ACTIVE");
    await expect(
      admin.agreements.correctDates({ id: a.id, version: a.version, startDate: "2026-01-01", endDate: null }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await audits(a.id, "correctDates")).toBe(1);
  });

  it("is refused once the agreement was ended", async () => {
    const a = await emailAgreement();
    const admin = await callerAs(t.db, adminId);
    const ended = await admin.agreements.end({ id: a.id, version: a.version });
    await expect(
      admin.agreements.correctDates({
        id: a.id,
        version: ended.version,
        startDate: "2026-01-01",
        endDate: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already ended") });
  });

  it("answers NOT_FOUND for an unknown id, as for a hidden one", async () => {
    const admin = await callerAs(t.db, adminId);
    await expect(
      admin.agreements.end({ id: "00000000-0000-7000-8000-000000000000", version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("renewing", () => {
  it("creates a new agreement linked to the old one, once; marketing is allowed again", async () => {
    const old = await emailAgreement();
    const admin = await callerAs(t.db, adminId);
    await admin.agreements.end({ id: old.id, version: old.version });
    // Every Email Marketing agreement of the account is ended by now (earlier tests).
    await t.db.agreement.updateMany({ where: { accountId, endedAt: null }, data: { endedAt: new Date() } });
    await expect(marketingEmail()).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    const input = {
      accountId,
      agreementType: "EMAIL_MARKETING" as const,
      startDate: today,
      renewedFromId: old.id,
    };
    const { ok, errors } = await raceCalls(times(10, () => admin.agreements.create(input)));
    expect(ok).toHaveLength(1);
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already renewed") });
    expect(await t.db.agreement.count({ where: { renewedFromId: old.id } })).toBe(1);
    await expect(marketingEmail()).resolves.toBeTruthy();
    const opened = await admin.agreements.byId({ id: old.id });
    expect(opened.renewal?.id).toBe(ok[0]!.id);
  });

  it("refuses to renew another account's agreement", async () => {
    const other = await createAgreement(t.db, { agreementType: "EMAIL_MARKETING" });
    const admin = await callerAs(t.db, adminId);
    await expect(
      admin.agreements.create({
        accountId,
        agreementType: "EMAIL_MARKETING",
        startDate: today,
        renewedFromId: other.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
