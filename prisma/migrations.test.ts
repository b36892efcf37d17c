import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drift, pendingSchemaChanges } from "../scripts/lib/migrator.mjs";
import { createTestDb, type TestDb } from "../server/test/test-db.ts";

// The test database is built from the checked-in migrations only (see global-setup.ts).
describe("migrations", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it("produce exactly the schema: the live database has no drift from schema.prisma", async () => {
    // On PGlite the drift check needs its own connection to the clone; on PostgreSQL the URL.
    if (t.url.startsWith("postgres")) {
      expect(await drift(t.url)).toBe("");
    } else {
      const { freshPGlite, deploy } = await import("../scripts/lib/migrator.mjs");
      const pg = await freshPGlite();
      await deploy("pglite:memory", pg);
      expect(await drift("pglite:memory", pg)).toBe("");
      await pg.close();
    }
  });

  it("are complete: nothing in schema.prisma is missing from the migrations folder", async () => {
    expect(await pendingSchemaChanges()).toBe("");
  });
});
