import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { createAccount, createContact, createTeam, createUser } from "../../prisma/factories/index.ts";
import { listCsv, prepareExport } from "./stream-list-csv.ts";
import { csvCell } from "./csv-format.ts";

let t: TestDb;
let rep: Viewer;
let admin: Viewer;

beforeAll(async () => {
  t = await createTestDb();
  const mine = await createTeam(t.db, { name: "Export desk" });
  const theirs = await createTeam(t.db, { name: "Elsewhere" });
  const me = await createUser(t.db, { role: "REP", teamIds: [mine.id], email: "exporter@bank.test" });
  const them = await createUser(t.db, { role: "REP", teamIds: [theirs.id], email: "them@bank.test" });
  const boss = await createUser(t.db, { role: "ADMIN", email: "admin@bank.test" });
  // 450 individuals and 3 organisations of the rep's team: more than two 200-row batches.
  for (let i = 0; i < 450; i++) await createAccount(t.db, { ownerId: me.id, teamId: mine.id, accountType: "INDIVIDUAL", partyGroupName: `Individual ${String(i).padStart(3, "0")}` });
  for (let i = 0; i < 3; i++) await createAccount(t.db, { ownerId: me.id, teamId: mine.id, accountType: "ORGANISATION", partyGroupName: `Org ${i}`, fiscalRegistrationNo: `GB 000 0000 0${i}` });
  await createAccount(t.db, { ownerId: them.id, teamId: theirs.id, accountType: "ORGANISATION", partyGroupName: "Their Org", fiscalRegistrationNo: "GB 999 9999 99" });
  await createContact(t.db, { ownerId: me.id, teamId: mine.id, foreName: "=cmd", middleInitial: null, surname: 'O"Neil, Jr', email: "o@x.example" });
  rep = (await loadViewer(t.db, await openSession(t.db, me.id, {})))!;
  admin = (await loadViewer(t.db, await openSession(t.db, boss.id, {})))!;
}, 120_000);
afterAll(() => t.close());

async function exportText(viewer: Viewer, entity: string, query: string) {
  const { entity: e, input } = prepareExport(entity, new URLSearchParams(query));
  let out = "";
  for await (const chunk of listCsv({ db: t.db, viewer }, e, input)) out += chunk;
  return out.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
}

describe("CSV export of a list view", () => {
  it("streams every row of the filtered list across keyset batches, in list order, within the viewer's scope", async () => {
    const lines = await exportText(rep, "accounts", "accountType=INDIVIDUAL");
    expect(lines[0]).toMatch(/^Party Group Name,Account Type,Account PIN,Fiscal Registration No/);
    expect(lines).toHaveLength(451);
    expect(lines[1]).toMatch(/^Individual 000,INDIVIDUAL/);
    expect(lines[450]).toMatch(/^Individual 449,/);
    const orgs = await exportText(rep, "accounts", "accountType=ORGANISATION");
    expect(orgs.slice(1).map((l) => l.split(",")[0])).toEqual(["Org 0", "Org 1", "Org 2"]);
  });

  it("masks Fiscal Registration No exactly as the list does for someone outside the owning team", async () => {
    expect((await exportText(rep, "accounts", "accountType=ORGANISATION")).join("\n")).toContain("GB 000 0000 00");
    const lines = await exportText(admin, "accounts", "accountType=ORGANISATION");
    expect(lines.find((l) => l.startsWith("Their Org"))).not.toContain("GB 999 9999 99");
    expect(lines.find((l) => l.startsWith("Org 0"))).toMatch(/^Org 0,ORGANISATION,,•+ 00,/);
  });

  it("quotes and defuses cells", async () => {
    const lines = await exportText(rep, "contacts", "");
    expect(lines.find((l) => l.includes("O\"\"Neil"))).toMatch(/^'=cmd,,"O""Neil, Jr"/);
    expect(csvCell("-5")).toBe("-5");
    expect(csvCell("-x")).toBe("'-x");
  });

  it("answers an unknown list or a bad filter with a 4xx and the reason", () => {
    expect(() => prepareExport("secrets", new URLSearchParams())).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => prepareExport("accounts", new URLSearchParams("segment=BOGUS"))).toThrow(
      expect.objectContaining({ code: "BAD_REQUEST", details: { fields: { segment: expect.any(String) } } }),
    );
  });
});
