import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { demoLoginsToShow } from "./demo-logins.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await t.db.user.createMany({
    data: [
      { email: "demo.rep@dealfloor.test", name: "Demo Rep", passwordHash: "x", isDemo: true },
      { email: "real.rep@bank.example", name: "Real Rep", passwordHash: "x" },
    ],
  });
});
afterAll(() => t.close());

describe("demoLoginsToShow", () => {
  it("lists the demo users in demo mode", async () => {
    expect((await demoLoginsToShow(t.db, {})).map((u) => u.email)).toEqual(["demo.rep@dealfloor.test"]);
    const pgDemo = { DATABASE_URL: "postgres://u@db/crm", DEALFLOOR_DEMO: "1" };
    expect(await demoLoginsToShow(t.db, pgDemo)).toHaveLength(1);
  });

  it("lists none outside demo mode, though demo users are in the database", async () => {
    expect(await demoLoginsToShow(t.db, { DATABASE_URL: "postgres://u@db/crm" })).toEqual([]);
    expect(await demoLoginsToShow(t.db, { DEALFLOOR_DEMO: "0" })).toEqual([]);
  });
});
