import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../access/viewer.ts";
import { ZUpdateAccountRequestSchema } from "./account-input.ts";
import { updateAccount } from "./update-account.ts";
import { restoreRecord, softDelete } from "../records/soft-delete.ts";
import { getAccount } from "./get-account.ts";
import { recordHistory } from "../audit/record-history.ts";
import { createAccount, createTeam, createUser } from "../../prisma/factories/index.ts";

let t: TestDb;
let rep: Viewer;
let admin: Viewer;
let accountId: string;

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Corporate" });
  const user = await createUser(t.db, { role: "REP", teamIds: [team.id] });
  rep = await viewerOf(user.id);
  admin = await viewerOf((await createUser(t.db, { role: "ADMIN" })).id);
  accountId = (
    await createAccount(t.db, { ownerId: user.id, teamId: team.id, partyGroupName: "Harbour Logistics Ltd" })
  ).id;
});
afterAll(() => t.close());

const edit = (version: number, partyGroupName: string) =>
  ZUpdateAccountRequestSchema.parse({
    id: accountId,
    version,
    partyGroupName,
    accountType: "ORGANISATION",
    segment: "CORPORATE",
    kycStatus: "VERIFIED",
    location: "Leeds",
  });

describe("account edits", () => {
  it("saves on the current version and bumps it, with before and after in the audit log", async () => {
    const saved = await updateAccount({ db: t.db, viewer: rep }, edit(1, "Harbour Logistics Group Ltd"));
    expect(saved.version).toBe(2);
    const [entry] = await recordHistory({ db: t.db, viewer: rep }, { entityType: "Account", id: accountId });
    expect(entry?.action).toBe("update");
    expect((entry?.before as { partyGroupName: string }).partyGroupName).toBe("Harbour Logistics Ltd");
    expect((entry?.after as { partyGroupName: string }).partyGroupName).toBe("Harbour Logistics Group Ltd");
  });

  it("refuses a save made on a stale copy and shows what is there now", async () => {
    const e = await updateAccount({ db: t.db, viewer: rep }, edit(1, "Overwritten")).catch(
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("CONFLICT");
    expect(((e as AppError).details?.current as { partyGroupName: string }).partyGroupName).toBe(
      "Harbour Logistics Group Ltd",
    );
    expect((await t.db.account.findUniqueOrThrow({ where: { id: accountId } })).partyGroupName).toBe(
      "Harbour Logistics Group Ltd",
    );
  });

  it("rejects a missing Party Group Name before touching the database", () => {
    expect(() => edit(2, "  ")).toThrow(/Party Group Name is required/);
  });

  it("soft-deletes so the account looks missing, and an admin restores it", async () => {
    await softDelete({ db: t.db, viewer: rep }, "Account", accountId);
    await expect(getAccount({ db: t.db, viewer: rep }, accountId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await restoreRecord({ db: t.db, viewer: admin }, { entityType: "Account", id: accountId });
    expect((await getAccount({ db: t.db, viewer: rep }, accountId)).partyGroupName).toBe(
      "Harbour Logistics Group Ltd",
    );
    const actions = (
      await recordHistory({ db: t.db, viewer: admin }, { entityType: "Account", id: accountId })
    ).map((h) => h.action);
    expect(actions.slice(0, 3)).toEqual(["restore", "delete", "update"]);
  });
});
