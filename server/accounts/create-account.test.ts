import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let caller: Awaited<ReturnType<typeof callerAs>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Corporate desk" });
  const other = await createTeam(t.db, { name: "Private banking" });
  const rep = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  const them = await createUser(t.db, { role: "REP", teamIds: [other.id] });
  Object.assign(ids, { team: team.id, other: other.id, rep: rep.id });
  caller = await callerAs(t.db, rep.id);
  const existing = await createAccount(t.db, {
    ownerId: rep.id,
    teamId: team.id,
    partyGroupName: "Existing Holdings plc",
  });
  await t.db.contactMechanism.create({
    data: { type: "PHONE", value: "020 7946 0555", e164: "+442079460555", accountId: existing.id },
  });
  ids.existing = existing.id;
  const hidden = await createAccount(t.db, {
    ownerId: them.id,
    teamId: other.id,
    partyGroupName: "Hidden Trust",
  });
  await t.db.contactMechanism.create({
    data: {
      type: "EMAIL",
      value: "ops@hidden.example",
      emailLower: "ops@hidden.example",
      accountId: hidden.id,
    },
  });
});
afterAll(() => t.close());

const base = {
  partyGroupName: "Northgate Logistics Ltd",
  accountType: "ORGANISATION",
  segment: "CORPORATE",
} as const;

describe("creating an account", () => {
  it("requires Party Group Name and Account Type, naming each field, and writes nothing", async () => {
    const before = await t.db.account.count();
    const error = await caller.accounts
      .create({ ...base, partyGroupName: " ", accountType: "" as never })
      .catch((e: unknown) => e);
    const issues = (error as { cause: { issues: { path: string[]; message: string }[] } }).cause.issues;
    expect(Object.fromEntries(issues.map((i) => [i.path.join("."), i.message]))).toMatchObject({
      partyGroupName: "Party Group Name is required",
      accountType: "Choose an Account Type",
    });
    expect(await t.db.account.count()).toBe(before);
  });

  it("warns of an account with the same phone, offering it, and creates on confirmation", async () => {
    await expect(caller.accounts.create({ ...base, phone: "+44 20 7946 0555" })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: {
        details: {
          duplicates: [expect.objectContaining({ kind: "account", id: ids.existing, matchedOn: "phone" })],
        },
      },
    });
    const account = await caller.accounts.create({
      ...base,
      phone: "+44 20 7946 0555",
      allowDuplicate: true,
    });
    expect(account).toMatchObject({
      partyGroupName: base.partyGroupName,
      teamId: ids.team,
      ownerId: ids.rep,
      kycStatus: "NOT_STARTED",
    });
    const mechanisms = await t.db.contactMechanism.findMany({ where: { accountId: account.id } });
    expect(mechanisms.map((m) => [m.type, m.e164, m.isPrimary])).toEqual([["PHONE", "+442079460555", true]]);
    expect(
      await t.db.auditLog.count({ where: { entityType: "Account", entityId: account.id, action: "create" } }),
    ).toBe(1);
  });

  it("does not report another team's account as a duplicate, and refuses another team", async () => {
    const account = await caller.accounts.create({
      ...base,
      partyGroupName: "Quiet Capital",
      email: "OPS@hidden.example",
    });
    expect(account.partyGroupName).toBe("Quiet Capital");
    await expect(caller.accounts.create({ ...base, teamId: ids.other })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
