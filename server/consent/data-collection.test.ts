import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createAccount, createContact, createTeam, createUser } from "../../prisma/factories/index.ts";
import { callerAs, viewerOf } from "../test/sign-in-as.ts";
import { listCsv, prepareExport } from "../export/stream-list-csv.ts";

// Data Collection consent has an effect: an individual without an active agreement shows why, its
// contact mechanisms are masked outside the owning team, and exports leave it out.

let t: TestDb;
let repId: string;
let outsiderId: string;
let adminId: string;
let individualId: string;
let personId: string;

beforeAll(async () => {
  t = await createTestDb();
  const desk = await createTeam(t.db, { name: "Private banking" });
  repId = (await createUser(t.db, { role: "REP", teamIds: [desk.id] })).id;
  // An admin sees every account but belongs to no team: outside the owning team.
  adminId = (await createUser(t.db, { role: "ADMIN" })).id;
  outsiderId = adminId;
  individualId = (
    await createAccount(t.db, {
      ownerId: repId,
      teamId: desk.id,
      accountType: "INDIVIDUAL",
      partyGroupName: "Maria Lopez",
    })
  ).id;
  await t.db.contactMechanism.create({
    data: { accountId: individualId, type: "EMAIL", value: "maria@mail.example", isPrimary: true },
  });
  personId = (
    await createContact(t.db, {
      accountId: individualId,
      foreName: "Maria",
      surname: "Lopez",
      email: "maria.lopez@mail.example",
    })
  ).id;
});
afterAll(() => t.close());

async function exportNames(userId: string, entity: "accounts" | "contacts") {
  const { input } = prepareExport(entity, new URLSearchParams());
  let out = "";
  for await (const chunk of listCsv({ db: t.db, viewer: await viewerOf(t.db, userId) }, entity, input))
    out += chunk;
  return out;
}

describe("without an active Data Collection agreement", () => {
  it("the account and its contact say why", async () => {
    const rep = await callerAs(t.db, repId);
    expect(await rep.agreements.dataCollection({ accountId: individualId })).toMatchObject({
      required: true,
      consented: false,
      reason: expect.stringContaining("No Data Collection agreement has ever been recorded"),
      mechanismsMasked: false,
    });
    expect((await rep.contacts.byId({ id: personId })).dataCollection).toMatchObject({ consented: false });
  });

  it("masks the contact mechanisms outside the owning team only", async () => {
    const rep = await callerAs(t.db, repId);
    expect((await rep.accounts.byId({ id: individualId })).contactMechanisms[0]!.value).toBe(
      "maria@mail.example",
    );
    const outsider = await callerAs(t.db, outsiderId);
    const account = await outsider.accounts.byId({ id: individualId });
    expect(account.contactMechanisms[0]).toMatchObject({ value: "•••", emailLower: null });
    const contact = await outsider.contacts.byId({ id: personId });
    expect(contact.mechanismsMasked).toBe(true);
    expect(JSON.stringify(contact)).not.toContain("maria.lopez@mail.example");
    const list = await outsider.contacts.list({});
    expect(JSON.stringify(list)).not.toContain("maria.lopez@mail.example");
  });

  it("exports leave it out, even for its own team", async () => {
    expect(await exportNames(repId, "accounts")).not.toContain("Maria Lopez");
    expect(await exportNames(repId, "contacts")).not.toContain("Lopez");
  });
});

describe("with consent, then withdrawn", () => {
  it("unmasks and exports once given, and says why again once withdrawn", async () => {
    const admin = await callerAs(t.db, adminId);
    const given = await admin.agreements.create({
      accountId: individualId,
      agreementType: "DATA_COLLECTION",
      startDate: "2020-01-01",
    });
    const outsider = await callerAs(t.db, outsiderId);
    expect((await outsider.accounts.byId({ id: individualId })).contactMechanisms[0]!.value).toBe(
      "maria@mail.example",
    );
    expect(await exportNames(repId, "accounts")).toContain("Maria Lopez");
    expect(await exportNames(repId, "contacts")).toContain("Lopez");

    await admin.agreements.withdraw({
      id: given.id,
      version: given.version,
      reason: "Asked us to stop by letter",
    });
    expect(await outsider.agreements.dataCollection({ accountId: individualId })).toMatchObject({
      consented: false,
      reason: expect.stringContaining("Asked us to stop by letter"),
      mechanismsMasked: true,
    });
    expect(await exportNames(adminId, "accounts")).not.toContain("Maria Lopez");
  });
});

describe("the account's Contacts tab", () => {
  it("masks an unconsented individual's contacts for someone outside the owning team", async () => {
    const rep = await callerAs(t.db, repId);
    const admin = await callerAs(t.db, adminId);
    // By now the Data Collection agreement was withdrawn (above).
    expect(JSON.stringify(await rep.salesTab.related({ accountId: individualId }))).toContain(
      "maria.lopez@mail.example",
    );
    expect(JSON.stringify(await admin.salesTab.related({ accountId: individualId }))).not.toContain(
      "maria.lopez@mail.example",
    );
  });
});
