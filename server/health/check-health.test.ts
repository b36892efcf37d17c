import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { checkHealth } from "./check-health.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("checkHealth", () => {
  it("says the database answered", async () => {
    const health = await checkHealth(t.db);
    expect(health).toMatchObject({ status: "ok", database: "reachable" });
  });

  it("says the database is unreachable without repeating the driver's message", async () => {
    const secretBearing = new Error("connect ECONNREFUSED db-internal.bank.example:5432 user=dealfloor_prod");
    const failing = { $queryRaw: () => Promise.reject(secretBearing) } as unknown as TestDb["db"];
    const health = await checkHealth(failing);
    expect(health.status).toBe("error");
    expect(JSON.stringify(health)).not.toContain("db-internal");
    expect(Object.keys(health).sort()).toEqual(["database", "latencyMs", "status"]);
  });
});
