import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drift, pendingSchemaChanges } from "../scripts/lib/migrator.mjs";
import { createTestDb, type TestDb } from "../server/test/test-db.ts";

// The test database is made from the checked-in migrations only (server/test/global-setup.ts runs
// them on a fresh PGlite, or on a fresh PostgreSQL database when DATABASE_URL is set).
describe("migrations", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it("produce exactly the schema: a freshly migrated database has no drift from schema.prisma", async () => {
    // On PGlite the engine works on the clone's open instance; on PostgreSQL through the URL.
    expect(await drift(t.url, t.pglite)).toBe("");
  });

  it("are complete: nothing in schema.prisma is missing from the migrations folder", async () => {
    expect(await pendingSchemaChanges()).toBe("");
  });
});
