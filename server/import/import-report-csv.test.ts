import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import type { Viewer } from "../access/viewer.ts";
import { createTeam, createUser } from "../../prisma/factories/index.ts";
import { startImport } from "./run-import.ts";
import { getImportJob } from "./get-import-job.ts";
import { importReportCsv } from "./import-report-csv.ts";

let t: TestDb;
let rep: Viewer;

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "Import desk" });
  const me = await createUser(t.db, { role: "REP", teamIds: [team.id], email: "importer@bank.test" });
  rep = (await loadViewer(t.db, await openSession(t.db, me.id, {})))!;
});
afterAll(() => t.close());

// Values a hostile file carries back into the reader's spreadsheet through the problem report.
const HOSTILE = ["-1+1", "-2+3+cmd|' /C calc'!A0", "=1+1", "+1+1", "@SUM(A1:A2)"];

describe("import problem report", () => {
  it("defuses every reported value that starts like a formula, and keeps row numbers as numbers", async () => {
    const csv = ["First name,Last name,E-mail,Phone", ...HOSTILE.map((v, i) => `Row,${i},${v},`)].join("\n");
    const mapping = { foreName: "First name", surname: "Last name", email: "E-mail", phone: "Phone" };
    const { jobId } = await startImport(
      { db: t.db, viewer: rep },
      { entity: "contacts", fileName: "hostile.csv", mapping },
      csv,
    );
    let job = await getImportJob({ db: t.db, viewer: rep }, jobId);
    for (let i = 0; i < 600 && job.status !== "COMPLETED" && job.status !== "FAILED"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await getImportJob({ db: t.db, viewer: rep }, jobId);
    }
    expect(job).toMatchObject({ status: "COMPLETED", errorRows: HOSTILE.length });
    const lines = importReportCsv(job)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .slice(1);
    expect(lines).toHaveLength(HOSTILE.length);
    for (const [i, value] of HOSTILE.entries()) {
      // Row (a number), Field, Problem, Value, Outcome.
      expect(lines[i]).toMatch(new RegExp(`^${i + 2},Email,`));
      expect(lines[i]).toContain(`,'${value},not imported`);
    }
  });
});
