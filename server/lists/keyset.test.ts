import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { listContacts } from "../contacts/list-contacts.ts";
import { createContact, createTeam, createUser } from "../../prisma/factories/index.ts";
import type { Viewer } from "../access/viewer.ts";

let t: TestDb;
let viewer: Viewer;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Desk" });
  const user = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  viewer = (await loadViewer(t.db, await openSession(t.db, user.id, {})))!;
  // Repeated surnames and fore names, so the cursor's tie-breakers are exercised.
  for (let i = 0; i < 23; i++) {
    await createContact(t.db, {
      ownerId: user.id,
      teamId: team.id,
      surname: ["Adams", "Baker", "Clark"][i % 3],
      foreName: ["Ann", "Bob"][i % 2],
    });
  }
});
afterAll(() => t.close());

describe("keyset pagination", () => {
  it("walks every row exactly once, in the list's order, page by page", async () => {
    const seen: { surname: string; foreName: string; id: string }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listContacts({ db: t.db, viewer }, { limit: 4, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(6);
    expect(new Set(seen.map((c) => c.id)).size).toBe(23);
    const key = (c: { surname: string; foreName: string; id: string }) =>
      [c.surname, c.foreName, c.id].join("\u0000");
    const sorted = [...seen].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(seen.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
  });

  it("answers a forged cursor with a 400, not a 500", async () => {
    await expect(listContacts({ db: t.db, viewer }, { cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
