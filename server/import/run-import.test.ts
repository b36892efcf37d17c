import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { createContact, createTeam, createUser } from "../../prisma/factories/index.ts";
import { startImport } from "./run-import.ts";
import { getImportJob } from "./get-import-job.ts";
import { importReportCsv } from "./import-report-csv.ts";
import type { StartImportRequest } from "./import-request.ts";

let t: TestDb;
let rep: Viewer;
let other: Viewer;
let teamId: string;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Import desk" });
  const otherTeam = await createTeam(t.db, { name: "Other desk" });
  teamId = team.id;
  const me = await createUser(t.db, { role: "REP", teamIds: [team.id], email: "importer@bank.test" });
  const them = await createUser(t.db, { role: "REP", teamIds: [otherTeam.id], email: "other@bank.test" });
  rep = (await loadViewer(t.db, await openSession(t.db, me.id, {})))!;
  other = (await loadViewer(t.db, await openSession(t.db, them.id, {})))!;
  // Already in the CRM: the rep's own contact, and another team's (invisible, so not a duplicate).
  await createContact(t.db, {
    ownerId: me.id,
    teamId: team.id,
    foreName: "Existing",
    surname: "Person",
    email: "existing@client.example",
  });
  await createContact(t.db, {
    ownerId: them.id,
    teamId: otherTeam.id,
    foreName: "Hidden",
    surname: "Person",
    email: "hidden@client.example",
  });
});
afterAll(() => t.close());

const contactMapping = {
  foreName: "First name",
  surname: "Last name",
  email: "E-mail",
  phone: "Phone",
  jobTitle: "Title",
};
const CSV = [
  "First name,Last name,E-mail,Phone,Title",
  "Ada,Lovelace,ada@client.example,020 7946 0101,Analyst", // good
  ",Nameless,nameless@client.example,,", // missing ForeName
  "Bad,Email,not-an-email,,", // bad e-mail
  "Bad,Phone,,call me maybe,", // bad phone
  "Existing,Person,EXISTING@client.example,,Director", // duplicate of an existing contact
  "Hidden,Person,hidden@client.example,,", // another team's: not a duplicate for this rep
  "Ada,Again,,+44 20 7946 0101,", // same phone as row 2 of this file
  '"Grace, Jr",Hopper,grace@client.example,+1 212 555 0199,"Rear Admiral, USN"', // good, quoted
].join("\n");

async function runToEnd(viewer: Viewer, req: StartImportRequest, csv: string) {
  const { jobId } = await startImport({ db: t.db, viewer }, req, csv);
  for (let i = 0; i < 1_200; i++) {
    const job = await getImportJob({ db: t.db, viewer }, jobId);
    if (job.status === "COMPLETED" || job.status === "FAILED") return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("import did not finish");
}

const base = { entity: "contacts", fileName: "people.csv", mapping: contactMapping } as const;

describe("CSV import", () => {
  it("imports the good rows, skips duplicates, reports the bad, and audits the import", async () => {
    const job = await runToEnd(rep, { ...base, duplicateMode: "skip" }, CSV);
    expect(job).toMatchObject({
      status: "COMPLETED",
      totalRows: 8,
      importedRows: 3,
      errorRows: 3,
      percent: 100,
    });
    expect(job.report!.errors.map((e) => [e.row, e.field])).toEqual([
      [3, "ForeName"],
      [4, "Email"],
      [5, "Phone"],
    ]);
    expect(job.report!.skipped.map((s) => s.row)).toEqual([6, 8]);

    const ada = await t.db.contact.findFirstOrThrow({
      where: { surname: "Lovelace" },
      include: { contactMechanisms: true },
    });
    expect(ada).toMatchObject({ ownerId: rep.id, teamId, jobTitle: "Analyst", version: 1 });
    expect(ada.contactMechanisms.map((m) => m.e164 ?? m.emailLower).sort()).toEqual([
      "+442079460101",
      "ada@client.example",
    ]);
    expect(await t.db.contact.count({ where: { surname: "Hopper", foreName: "Grace, Jr" } })).toBe(1);
    expect(await t.db.contact.count({ where: { foreName: "Hidden", teamId } })).toBe(1);

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "import", entityId: job.id } });
    expect(audit).toMatchObject({ actorId: rep.id, entityType: "ImportJob" });
    expect(audit.after).toMatchObject({ created: 3, skipped: 2, errorRows: 3 });

    const report = importReportCsv(job);
    expect(report.split("\r\n")[0]).toBe("\uFEFFRow,Field,Problem,Value,Outcome");
    expect(report).toContain("3,ForeName,ForeName is required");
    expect(report).toContain("6,Email/Phone,Duplicate of an existing record");
  });

  it("makes a cell with a NUL or a broken character a row error, and the rest of the file goes in", async () => {
    // The emoji sits on the report's 100-character cut, so the quoted value would end in half a pair.
    const longTitle = `${"x".repeat(99)}\u{1F600}`;
    const csv = [
      "First name,Last name,E-mail,Phone,Title",
      "Nul\u0000Byte,Person,,,",
      `Long,Title,,,${longTitle}\u0000`,
      "Clean,Row,clean.row@client.example,,",
    ].join("\n");
    const job = await runToEnd(rep, base, csv);
    expect(job).toMatchObject({ status: "COMPLETED", importedRows: 1, errorRows: 2 });
    expect(job.report!.errors.map((e) => [e.row, e.field])).toEqual([
      [2, "ForeName"],
      [3, "Job Title"],
    ]);
    expect(job.report!.errors[0]!.message).toMatch(/NUL/);
    expect(job.report!.errors[0]!.value).toBe("Nul\uFFFDByte");
    expect(job.report!.errors[1]!.value!.isWellFormed()).toBe(true);
    expect(await t.db.contact.count({ where: { foreName: "Clean", surname: "Row" } })).toBe(1);
  });

  it("refuses a file name with a NUL byte as a bad request naming the field", async () => {
    await expect(
      startImport({ db: t.db, viewer: rep }, { ...base, fileName: "people\u0000.csv" }, CSV),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      details: { fields: { fileName: expect.stringMatching(/NUL/) } },
    });
  });

  it("updates duplicates when asked, one version up", async () => {
    const csv =
      "First name,Last name,E-mail,Phone,Title\nExisting,Person,existing@client.example,,Managing Director\n";
    const job = await runToEnd(rep, { ...base, duplicateMode: "update" }, csv);
    expect(job).toMatchObject({ status: "COMPLETED", importedRows: 1 });
    expect(job.report).toMatchObject({ created: 0, updated: 1 });
    const existing = await t.db.contact.findFirstOrThrow({ where: { foreName: "Existing", teamId } });
    expect(existing).toMatchObject({ jobTitle: "Managing Director", version: 2 });
  });

  it("imports nothing when told to and any row is bad", async () => {
    const before = await t.db.contact.count();
    const csv = "First name,Last name,E-mail,Phone,Title\nGood,Row,good.row@client.example,,\n,Bad,,,\n";
    const job = await runToEnd(rep, { ...base, onErrors: "import-nothing" }, csv);
    expect(job).toMatchObject({ status: "COMPLETED", importedRows: 0, errorRows: 1 });
    expect(job.report!.message).toMatch(/Nothing was imported/);
    expect(await t.db.contact.count()).toBe(before);
  });

  it("imports accounts and leads, refusing a Party ID already in use", async () => {
    const accounts = await runToEnd(
      rep,
      {
        entity: "accounts",
        fileName: "a.csv",
        mapping: { partyGroupName: "Name", accountType: "Type", phone: "Phone" },
      },
      "Name,Type,Phone\nNorthwind Treasury,organisation,020 7946 0555\nSolo Trader,Individual,\n,ORGANISATION,\nOdd Co,PARTNERSHIP,\n",
    );
    expect(accounts).toMatchObject({ status: "COMPLETED", importedRows: 2, errorRows: 2 });
    expect(await t.db.account.findFirstOrThrow({ where: { partyGroupName: "Solo Trader" } })).toMatchObject({
      accountType: "INDIVIDUAL",
      productsHeld: [],
    });

    const leads = await runToEnd(
      rep,
      {
        entity: "leads",
        fileName: "l.csv",
        mapping: { partyId: "Party", foreName: "First", surname: "Last", leadSource: "Source" },
      },
      "Party,First,Last,Source\nPTY-IMPORT1,Lin,Wu,Trade show\nPTY-IMPORT1,Dup,Party,\n,No,Party,referral\n",
    );
    expect(leads).toMatchObject({ status: "COMPLETED", importedRows: 2, errorRows: 1 });
    expect(await t.db.lead.findUniqueOrThrow({ where: { partyId: "PTY-IMPORT1" } })).toMatchObject({
      leadSource: "TRADE_SHOW",
      status: "NEW",
    });
  });

  it("checks a file of several batches as one: a repeat across batches is skipped, a late bad row stops an import-nothing file", async () => {
    // Batches are 10,000 rows: row 10,003 repeats row 2's e-mail from the first batch.
    const lines = ["First name,Last name,E-mail,Phone,Title"];
    for (let i = 0; i < 10_003; i++) lines.push(`Many${i},Batches,many.${i}@batch.example,,`);
    lines.push("Repeat,Batches,MANY.0@batch.example,,");
    const before = await t.db.contact.count();
    const job = await runToEnd(rep, { ...base, fileName: "many.csv" }, lines.join("\n"));
    expect(job).toMatchObject({ status: "COMPLETED", totalRows: 10_004, importedRows: 10_003, errorRows: 0 });
    expect(job.report!.skipped).toEqual([
      expect.objectContaining({ row: 10_005, message: "Same e-mail or phone as row 2 of this file" }),
    ]);
    expect(job.report!.skippedRows).toBe(1);
    expect(await t.db.contact.count()).toBe(before + 10_003);

    // The same rows again with "import nothing" and one bad row in the second batch: the first
    // batch was written before the bad row was seen, and is rolled back.
    const fresh = lines.map((l) => l.replace("@batch.example", "@again.example"));
    fresh.push(",NoForeName,,,");
    const nothing = await runToEnd(
      rep,
      { ...base, fileName: "many-bad.csv", onErrors: "import-nothing" },
      fresh.join("\n"),
    );
    expect(nothing).toMatchObject({ status: "COMPLETED", importedRows: 0, errorRows: 1 });
    expect(nothing.report!.errors).toEqual([expect.objectContaining({ row: 10_006, field: "ForeName" })]);
    expect(nothing.report!.message).toBe(
      "Nothing was imported: 1 row has errors. Fix them and import the file again.",
    );
    expect(await t.db.contact.count()).toBe(before + 10_003);
  });

  it("refuses an unusable file or mapping with a reason per field, before creating a job", async () => {
    const jobs = await t.db.importJob.count();
    await expect(
      startImport({ db: t.db, viewer: rep }, { ...base, mapping: { surname: "Last name" } }, CSV),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      details: { fields: { foreName: expect.stringMatching(/required/) } },
    });
    await expect(startImport({ db: t.db, viewer: rep }, base, "")).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      startImport({ db: t.db, viewer: rep }, { ...base, teamId: other.teamIds[0] }, CSV),
    ).rejects.toMatchObject({
      details: { fields: { teamId: expect.any(String) } },
    });
    expect(await t.db.importJob.count()).toBe(jobs);
  });

  it("shows a job only to the user who started it", async () => {
    const job = await t.db.importJob.findFirstOrThrow({ where: { createdById: rep.id } });
    await expect(getImportJob({ db: t.db, viewer: other }, job.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
