import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { uuid7 } from "../import/uuid7.ts";
import { createTeam, createUser } from "../../prisma/factories/index.ts";
import { insertByUnnest } from "./insert-by-unnest.ts";

let t: TestDb;
let owner: { ownerId: string; teamId: string };

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Bulk desk" });
  const user = await createUser(t.db, { role: "REP", teamIds: [team.id], email: "bulk@bank.test" });
  owner = { ownerId: user.id, teamId: team.id };
});
afterAll(() => t.close());

describe("insertByUnnest", () => {
  it("writes every value as given, whether a column varies, is shared by the whole chunk, or is empty", async () => {
    // Names that a text[] literal must escape; the owner, team and job title are one value for all.
    const names = [`O"Brien`, "Back\\slash", "Comma, Jr", "{Brace}", "NULL", " spaced "];
    const rows = names.map((surname, i) => ({
      id: uuid7(),
      foreName: `Row${i}`,
      surname,
      jobTitle: "Analyst",
      middleInitial: null,
      ...owner,
    }));
    expect(await insertByUnnest(t.db, "Contact", rows, 4)).toBe(rows.length);
    const stored = await t.db.contact.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      orderBy: { foreName: "asc" },
    });
    expect(stored.map((c) => c.surname)).toEqual(names);
    expect(
      stored.every(
        (c) =>
          c.jobTitle === "Analyst" &&
          c.middleInitial === null &&
          c.ownerId === owner.ownerId &&
          c.teamId === owner.teamId,
      ),
    ).toBe(true);
    // Database defaults fill the columns left out: version 1, not a customer, created just now.
    expect(
      stored.every(
        (c) => c.version === 1 && c.isCustomer === false && Date.now() - c.createdAt.getTime() < 60_000,
      ),
    ).toBe(true);
  });

  it("writes a chunk of one row, where every column is a single value", async () => {
    const id = uuid7();
    expect(await insertByUnnest(t.db, "Contact", [{ id, foreName: "Solo", surname: "Row", ...owner }])).toBe(
      1,
    );
    expect(await t.db.contact.findUnique({ where: { id }, select: { surname: true } })).toEqual({
      surname: "Row",
    });
  });
});

describe("uuid7", () => {
  it("gives unique, time-ordered version-7 ids, past the random pool's size", () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => uuid7(1_700_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
