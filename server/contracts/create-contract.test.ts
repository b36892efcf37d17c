import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let caller: Awaited<ReturnType<typeof callerAs>>;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Corporate desk" });
  const rep = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  caller = await callerAs(t.db, rep.id);
  accountId = (await createAccount(t.db, { ownerId: rep.id, teamId: team.id })).id;
});
afterAll(() => t.close());

describe("creating a contract on its own", () => {
  it("a rep records one on an account they cover, audited, and it lists on the account", async () => {
    const contract = await caller.contracts.create({
      accountId,
      contractNumber: "MSA-2027-001",
      title: "Master services agreement",
      startDate: "2027-01-01",
    });
    expect(contract).toMatchObject({ contractNumber: "MSA-2027-001", accountId });
    expect(
      await t.db.auditLog.count({
        where: { entityType: "Contract", entityId: contract.id, action: "contract.create" },
      }),
    ).toBe(1);
    const related = await caller.salesTab.related({ accountId });
    expect(related.contracts.map((c) => c.contractNumber)).toEqual(["MSA-2027-001"]);
  });

  it("refuses a taken Contract Number and an end before the start, writing nothing", async () => {
    const before = await t.db.contract.count();
    await expect(
      caller.contracts.create({
        accountId,
        contractNumber: "MSA-2027-001",
        title: "Again",
        startDate: "2027-02-01",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Contract Number MSA-2027-001 already exists",
    });
    await expect(
      caller.contracts.create({
        accountId,
        contractNumber: "X-1",
        title: "Backwards",
        startDate: "2027-02-01",
        endDate: "2027-01-01",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await t.db.contract.count()).toBe(before);
  });
});
