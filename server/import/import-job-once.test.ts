import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createTeam, createUser } from "../../prisma/factories/index.ts";
import { viewerOf } from "../test/sign-in-as.ts";
import type { Viewer } from "../access/viewer.ts";
import { runImport } from "./run-import.ts";

// An import job is started once, however many times it is handed to a runner (a double start, a
// retry, two instances picking it up). On PostgreSQL the runs really overlap: each wrote the
// whole file in its own transaction, since none saw the others' uncommitted rows as duplicates.
const CONCURRENT = 20;

let t: TestDb;
let rep: Viewer;
let teamId: string;

beforeAll(async () => {
  t = await createTestDb();
  teamId = (await createTeam(t.db)).id;
  rep = await viewerOf(t.db, (await createUser(t.db, { teamIds: [teamId] })).id);
});
afterAll(() => t.close());

const headers = ["First name", "Last name", "E-mail"];
const rows = Array.from({ length: 5 }, (_, i) => [`Runner${i}`, "Onceonly", `runner${i}@client.example`]);
const req = {
  entity: "contacts",
  fileName: "people.csv",
  duplicateMode: "skip",
  onErrors: "import-valid",
  mapping: { foreName: "First name", surname: "Last name", email: "E-mail" },
} as const;

describe("an import job runs once", () => {
  it(`imports the file once out of ${CONCURRENT} concurrent runs of one job, with one audit entry`, async () => {
    const job = await t.db.importJob.create({
      data: {
        entity: req.entity,
        fileName: req.fileName,
        duplicateMode: req.duplicateMode,
        mapping: req.mapping,
        totalRows: rows.length,
        createdById: rep.id,
      },
    });
    await Promise.all(
      Array.from({ length: CONCURRENT }, () =>
        runImport({ db: t.db, viewer: rep }, job.id, req, { ownerId: rep.id, teamId }, headers, rows),
      ),
    );
    expect(await t.db.contact.count({ where: { surname: "Onceonly" } })).toBe(rows.length);
    expect(await t.db.auditLog.count({ where: { action: "import", entityId: job.id } })).toBe(1);
    expect(await t.db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "COMPLETED",
      importedRows: rows.length,
      errorRows: 0,
    });
  });

  it("does not run a job that has finished", async () => {
    const job = await t.db.importJob.create({
      data: {
        entity: req.entity,
        fileName: "again.csv",
        duplicateMode: req.duplicateMode,
        mapping: req.mapping,
        totalRows: 1,
        createdById: rep.id,
        status: "FAILED",
      },
    });
    await runImport({ db: t.db, viewer: rep }, job.id, req, { ownerId: rep.id, teamId }, headers, [
      ["Late", "Runner", "late@client.example"],
    ]);
    expect(await t.db.contact.count({ where: { surname: "Runner" } })).toBe(0);
    expect(await t.db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      importedRows: 0,
    });
  });
});
