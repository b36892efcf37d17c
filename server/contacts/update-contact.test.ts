import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createContact, createTeam, createUser } from "../../prisma/factories/index.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { updateContact } from "./update-contact.ts";
import { getContact } from "./get-contact.ts";
import { listContacts } from "./list-contacts.ts";
import { restoreRecord, softDelete } from "../records/soft-delete.ts";
import { recordHistory } from "../audit/record-history.ts";

let t: TestDb;
let rep: Viewer;
let outsider: Viewer;
let admin: Viewer;
let id: string;
const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db);
  rep = await viewerOf((await createUser(t.db, { teamIds: [team.id] })).id);
  outsider = await viewerOf((await createUser(t.db)).id);
  admin = await viewerOf((await createUser(t.db, { role: "ADMIN" })).id);
  id = (await createContact(t.db, { teamId: team.id, ownerId: rep.id, foreName: "Ada", surname: "Lovelace" }))
    .id;
});
afterAll(() => t.close());
const ctx = (viewer: Viewer) => ({ db: t.db, viewer });

describe("editing, deleting and restoring a contact", () => {
  it("saves an edit, and refuses a stale copy with the current record and nothing overwritten", async () => {
    const saved = await updateContact(ctx(rep), {
      id,
      version: 1,
      foreName: "Augusta Ada",
      surname: "King",
      jobTitle: "Analyst",
    });
    expect(saved).toMatchObject({
      foreName: "Augusta Ada",
      surname: "King",
      jobTitle: "Analyst",
      version: 2,
    });
    const stale = await updateContact(ctx(rep), { id, version: 1, foreName: "Stale", surname: "Copy" }).catch(
      (e: unknown) => e,
    );
    expect(stale).toMatchObject({ code: "CONFLICT", details: { current: { foreName: "Augusta Ada" } } });
    expect((await getContact(ctx(rep), id)).foreName).toBe("Augusta Ada");
  });

  it("names the fields a bad edit gets wrong, and answers another team as if the contact did not exist", async () => {
    const bad = (await updateContact(ctx(rep), {
      id,
      version: 2,
      foreName: "",
      surname: "",
      middleInitial: "AB",
    }).catch((e: unknown) => e)) as { issues: { path: string[] }[] };
    expect(bad.issues.map((i) => i.path.join(".")).sort()).toEqual(["foreName", "middleInitial", "surname"]);
    await expect(
      updateContact(ctx(outsider), { id, version: 2, foreName: "X", surname: "Y" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Contact not found" });
    await expect(softDelete(ctx(outsider), "Contact", id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Contact not found",
    });
  });

  it("deletes softly: gone from the list and the page, back when an admin restores it, all in the history", async () => {
    await softDelete(ctx(rep), "Contact", id);
    await expect(getContact(ctx(rep), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listContacts(ctx(rep), {})).items.map((c) => c.id)).not.toContain(id);
    await expect(
      restoreRecord(ctx(admin), { entityType: "Contact", id: "019a0000-0000-7000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await restoreRecord(ctx(admin), { entityType: "Contact", id });
    expect((await getContact(ctx(rep), id)).surname).toBe("King");
    await expect(restoreRecord(ctx(admin), { entityType: "Contact", id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const history = await recordHistory(ctx(rep), { entityType: "Contact", id });
    expect(history.map((h) => h.action)).toEqual(["restore", "delete", "update"]);
    await expect(recordHistory(ctx(outsider), { entityType: "Contact", id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("a contact at another team's account", () => {
  it("is shown without that account's name or id", async () => {
    const theirTeam = await createTeam(t.db);
    const theirs = await createAccount(t.db, {
      teamId: theirTeam.id,
      partyGroupName: "Their Secret Holdings",
    });
    const mine = await createContact(t.db, {
      teamId: rep.teamIds[0]!,
      ownerId: rep.id,
      accountId: theirs.id,
    });
    const seen = await getContact(ctx(rep), mine.id);
    expect(seen.account).toBeNull();
    expect(seen.accountHidden).toBe(true);
    expect(JSON.stringify(seen)).not.toContain("Their Secret Holdings");
    const byAdmin = await getContact(ctx(admin), mine.id);
    expect(byAdmin.account?.partyGroupName).toBe("Their Secret Holdings");
  });
});
