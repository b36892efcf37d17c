import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { createAccount, createContact, createTeam, createUser } from "../../prisma/factories/index.ts";
import { listCsv, prepareExport } from "./stream-list-csv.ts";
import { csvCell, csvNumber } from "./csv-format.ts";
import { Prisma } from "../generated/prisma/client.ts";

// Cells Excel would run as formulas: every one starts with = + - @ tab or CR.
const HOSTILE = ["-1+1", "-2+3+cmd|' /C calc'!A0", "=1+1", "+1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "-5"];

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
  // 450 individuals and 3 organisations of the rep's team: more than two 200-row batches. The
  // individuals consented to data collection, or exports would leave them out (consent/).
  const individuals: string[] = [];
  for (let i = 0; i < 450; i++)
    individuals.push(
      (
        await createAccount(t.db, {
          ownerId: me.id,
          teamId: mine.id,
          accountType: "INDIVIDUAL",
          partyGroupName: `Individual ${String(i).padStart(3, "0")}`,
        })
      ).id,
    );
  let org0 = "";
  for (let i = 0; i < 3; i++) {
    const org = await createAccount(t.db, {
      ownerId: me.id,
      teamId: mine.id,
      accountType: "ORGANISATION",
      partyGroupName: `Org ${i}`,
      fiscalRegistrationNo: `GB 000 0000 0${i}`,
    });
    org0 ||= org.id;
  }
  await createAccount(t.db, {
    ownerId: them.id,
    teamId: theirs.id,
    accountType: "ORGANISATION",
    partyGroupName: "Their Org",
    fiscalRegistrationNo: "GB 999 9999 99",
  });
  // The contacts are an organisation's business contacts: no personal Data Collection agreement applies.
  await createContact(t.db, {
    ownerId: me.id,
    teamId: mine.id,
    accountId: org0,
    foreName: "=cmd",
    middleInitial: null,
    surname: 'O"Neil, Jr',
    email: "o@x.example",
  });
  for (const [i, name] of HOSTILE.entries()) {
    await createContact(t.db, {
      ownerId: me.id,
      teamId: mine.id,
      accountId: org0,
      foreName: "Hostile",
      middleInitial: null,
      surname: `${i}`,
      jobTitle: name,
    });
  }
  individuals.push(
    (
      await createAccount(t.db, {
        ownerId: them.id,
        teamId: theirs.id,
        accountType: "INDIVIDUAL",
        partyGroupName: "Zz Overdrawn",
        creditLimit: "1000.50",
        creditExposure: "-250.75",
      })
    ).id,
  );
  await t.db.agreement.createMany({
    data: individuals.map((accountId) => ({
      accountId,
      agreementType: "DATA_COLLECTION" as const,
      startDate: new Date("2020-01-01T00:00:00Z"),
    })),
  });
  rep = (await loadViewer(t.db, await openSession(t.db, me.id, {})))!;
  admin = (await loadViewer(t.db, await openSession(t.db, boss.id, {})))!;
}, 120_000);
afterAll(() => t.close());

async function exportText(viewer: Viewer, entity: string, query: string) {
  const { entity: e, input } = prepareExport(entity, new URLSearchParams(query));
  let out = "";
  for await (const chunk of listCsv({ db: t.db, viewer }, e, input)) out += chunk;
  return out
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
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
    expect((await exportText(rep, "accounts", "accountType=ORGANISATION")).join("\n")).toContain(
      "GB 000 0000 00",
    );
    const lines = await exportText(admin, "accounts", "accountType=ORGANISATION");
    expect(lines.find((l) => l.startsWith("Their Org"))).not.toContain("GB 999 9999 99");
    expect(lines.find((l) => l.startsWith("Org 0"))).toMatch(/^Org 0,ORGANISATION,,•+ 00,/);
  });

  it("quotes and defuses cells", async () => {
    const lines = await exportText(rep, "contacts", "");
    expect(lines.find((l) => l.includes('O""Neil'))).toMatch(/^'=cmd,,"O""Neil, Jr"/);
    expect(csvCell("-x")).toBe("'-x");
  });

  it("defuses every text cell that starts like a formula, even minus and a digit", async () => {
    const lines = await exportText(rep, "contacts", "");
    const hostile = lines.filter((l) => l.startsWith("Hostile,"));
    expect(hostile).toHaveLength(HOSTILE.length);
    // Columns: ForeName, MiddleInitial, Surname (the index into HOSTILE), Job Title, …
    for (const line of hostile) {
      const i = Number(line.split(",")[2]);
      const cell = line.split(",").slice(3).join(",");
      expect(
        cell.replace(/^"/, "").startsWith(`'${HOSTILE[i]!}`),
        `${JSON.stringify(HOSTILE[i])} → ${cell}`,
      ).toBe(true);
    }
    for (const value of HOSTILE) expect(csvCell(value)).toMatch(/^"?'/);
  });

  it("writes numeric columns as numbers, negative ones too, and only typed numbers", async () => {
    const lines = await exportText(admin, "accounts", "accountType=INDIVIDUAL");
    // Credit Limit and Credit Exposure (Decimal columns) are numbers a spreadsheet can sum.
    expect(lines.find((l) => l.startsWith("Zz Overdrawn"))).toMatch(/,1000\.5,-250\.75,[A-Z]{3},/);
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(new Prisma.Decimal("-1e21"))).toBe("-1000000000000000000000");
    expect(csvCell(csvNumber("-12.50"))).toBe("-12.50");
    // A "number" that is text in a numeric column is still defused.
    expect(csvCell(csvNumber("-1+1"))).toBe("'-1+1");
    expect(csvCell("-5")).toBe("'-5");
  });

  it("answers an unknown list or a bad filter with a 4xx and the reason", () => {
    expect(() => prepareExport("secrets", new URLSearchParams())).toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
    expect(() => prepareExport("accounts", new URLSearchParams("segment=BOGUS"))).toThrow(
      expect.objectContaining({ code: "BAD_REQUEST", details: { fields: { segment: expect.any(String) } } }),
    );
  });
});
