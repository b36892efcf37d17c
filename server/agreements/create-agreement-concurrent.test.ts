import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs } from "../test/sign-in-as.ts";

// An agreement with a contract made on the spot, submitted many times at once. Contract Numbers
// are unique across the bank: on PostgreSQL the requests really overlap, each saw the number free,
// and all but one died on the unique index with a 500.
const CONCURRENT = 50;

let t: TestDb;
let adminId: string;
let accountId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
  accountId = (await createAccount(t.db, { teamId: team.id })).id;
});
afterAll(() => t.close());

describe("inserting agreements at the same time", () => {
  it(`creates the agreement and its new contract once out of ${CONCURRENT}; the others are told the number is taken`, async () => {
    const api = await callerAs(t.db, adminId);
    const input = {
      accountId,
      agreementType: "EMAIL_MARKETING" as const,
      startDate: "2026-01-01",
      contract: { mode: "new" as const, contractNumber: "C-RACE-1", title: "Marketing consent" },
    };
    const settled = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => api.agreements.create(input)),
    );
    const errors = settled
      .filter((s): s is PromiseRejectedResult => s.status === "rejected")
      .map((s) => s.reason as { code: string; message: string });
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(errors).toHaveLength(CONCURRENT - 1);
    for (const e of errors)
      expect(e).toMatchObject({ code: "CONFLICT", message: "Contract Number C-RACE-1 already exists" });
    expect(await t.db.contract.count({ where: { contractNumber: "C-RACE-1" } })).toBe(1);
    expect(await t.db.agreement.count({ where: { accountId } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "create", entityType: "Agreement" } })).toBe(1);
  });
});
