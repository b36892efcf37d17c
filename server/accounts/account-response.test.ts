import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../trpc/root.ts";
import { buildContext } from "../trpc/context.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import type { Viewer } from "../access/viewer.ts";
import { createTeam, createUser } from "../../prisma/factories/index.ts";
import { ZAccountRowResponseSchema } from "./account-response.ts";

let t: TestDb;
let teamId: string;
let owner: Viewer;
let admin: Viewer;

const PIN = "8501011234567";
const FISCAL = "RO12345678";

const viewerOf = async (userId: string) => (await loadViewer(t.db, await openSession(t.db, userId, {})))!;
const callerFor = (viewer: Viewer) => createCaller(buildContext({ db: t.db, viewer }));
const fields = { accountType: "INDIVIDUAL", segment: "RETAIL", kycStatus: "PENDING" } as const;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Private banking" });
  teamId = team.id;
  owner = await viewerOf((await createUser(t.db, { role: "REP", teamIds: [team.id] })).id);
  // An admin in no team: sees every account, the identifiers of none.
  admin = await viewerOf((await createUser(t.db, { role: "ADMIN" })).id);
});
afterAll(() => t.close());

function expectMasked(account: {
  accountPin: string | null;
  fiscalRegistrationNo: string | null;
  identifiersMasked: boolean;
}) {
  expect(account.identifiersMasked).toBe(true);
  expect(account.accountPin).toBe("••••••••567");
  expect(account.fiscalRegistrationNo).toBe("•••••••678");
}

describe("account responses mask identifiers on every path", () => {
  it("an admin outside the owning team gets masked values from create, get, list, update and history", async () => {
    const api = callerFor(admin);
    const created = await api.accounts.create({
      ...fields,
      partyGroupName: "Ana Popescu",
      accountPin: PIN,
      fiscalRegistrationNo: FISCAL,
      teamId,
    });
    expectMasked(created);
    expectMasked(await api.accounts.byId({ id: created.id }));
    expectMasked((await api.accounts.list({})).items.find((a) => a.id === created.id)!);

    const updated = await api.accounts.update({
      ...fields,
      id: created.id,
      version: 1,
      partyGroupName: "Ana Popescu-Ionescu",
    });
    expect(updated.partyGroupName).toBe("Ana Popescu-Ionescu");
    expectMasked(updated);
    // Outside the team they were never shown whole, so the update left them as they were.
    expect(await t.db.account.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      accountPin: PIN,
      fiscalRegistrationNo: FISCAL,
    });

    const history = JSON.stringify(await api.accounts.history({ id: created.id }));
    expect(history).not.toContain(PIN);
    expect(history).not.toContain(FISCAL);
    const auditLog = JSON.stringify(await api.admin.auditLog({ entityType: "Account" }));
    expect(auditLog).toContain("Ana Popescu-Ionescu");
    expect(auditLog).not.toContain(PIN);
    expect(auditLog).not.toContain(FISCAL);
  });

  it("the owning team gets them whole on the same paths", async () => {
    const api = callerFor(owner);
    const created = await api.accounts.create({
      ...fields,
      partyGroupName: "Ion Ionescu",
      accountPin: PIN,
      fiscalRegistrationNo: FISCAL,
    });
    expect(created).toMatchObject({
      identifiersMasked: false,
      accountPin: PIN,
      fiscalRegistrationNo: FISCAL,
    });
    expect(await api.accounts.byId({ id: created.id })).toMatchObject({
      accountPin: PIN,
      fiscalRegistrationNo: FISCAL,
    });
    expect((await api.accounts.list({})).items.find((a) => a.id === created.id)).toMatchObject({
      accountPin: PIN,
    });
    const updated = await api.accounts.update({
      ...fields,
      id: created.id,
      version: 1,
      partyGroupName: "Ion Ionescu",
      accountPin: "123456789",
    });
    expect(updated).toMatchObject({
      identifiersMasked: false,
      accountPin: "123456789",
      fiscalRegistrationNo: FISCAL,
    });
    const history = JSON.stringify(await api.accounts.history({ id: created.id }));
    expect(history).toContain("123456789");
  });

  it("refuses to send a row that skipped masking: fails closed rather than leaking", async () => {
    const row = await t.db.account.findFirstOrThrow({ where: { accountPin: PIN } });
    expect(ZAccountRowResponseSchema.safeParse(row).success).toBe(false);
    expect(ZAccountRowResponseSchema.safeParse({ ...row, identifiersMasked: true }).success).toBe(false);
    const parsed = ZAccountRowResponseSchema.parse({
      ...row,
      identifiersMasked: true,
      accountPin: "••••••••567",
      fiscalRegistrationNo: null,
    });
    expect(parsed).not.toHaveProperty("deletedBy");
  });
});
