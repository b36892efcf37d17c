// CSV import throughput on PostgreSQL with a million contacts already in (so every index has its
// real size): a generated contacts file with e-mail and phone on each row, imported end to end
// through startImport (parse, validate, duplicate check, one all-or-nothing transaction).
// Run: `BENCH_DB=… npx tsx bench/import.ts [rows]` (see search.ts). Target ≥ 500k rows a minute.
import { openBenchDb } from "./search.ts";
import { startImport } from "../server/import/run-import.ts";
import { getImportJob } from "../server/import/get-import-job.ts";
import { createRng } from "../prisma/random.ts";
import { FORENAMES, JOB_TITLES, SURNAMES, emailLocalPart } from "../prisma/factories/person-names.ts";
import { runBench } from "./run-bench.ts";

const ROWS = Number(process.argv[2] ?? 200_000);

async function main() {
  const b = await openBenchDb();
  try {
    const rng = createRng(`bench/import/${Date.now()}`);
    const tag = Date.now().toString(36);
    const lines = ["First name,Last name,E-mail,Phone,Title"];
    for (let i = 0; i < ROWS; i++) {
      // Names as the factories spread them, so the name indexes see a real mix; fictional UK
      // mobile numbers (well-formed, not allocated to anyone in particular).
      const [fore, sur] = [rng.pick(FORENAMES), rng.pick(SURNAMES)];
      const phone = `07${rng.digits(3)} ${rng.digits(6)}`;
      lines.push(
        `${fore},${sur},${emailLocalPart(fore, sur, tag + i)}@import.example,${phone},${rng.pick(JOB_TITLES)}`,
      );
    }
    const csv = lines.join("\n");
    const ctx = { db: b.db, viewer: b.rep };
    const mapping = {
      foreName: "First name",
      surname: "Last name",
      email: "E-mail",
      phone: "Phone",
      jobTitle: "Title",
    };
    const started = performance.now();
    const { jobId } = await startImport(ctx, { entity: "contacts", fileName: "bench.csv", mapping }, csv);
    let job = await getImportJob(ctx, jobId);
    while (job.status !== "COMPLETED" && job.status !== "FAILED") {
      await new Promise((r) => setTimeout(r, 50));
      job = await getImportJob(ctx, jobId);
    }
    const ms = performance.now() - started;
    console.log(
      `CSV import of ${ROWS.toLocaleString()} contacts (+ e-mail and phone each) into ${(await b.db.contact.count()).toLocaleString()} contacts, PostgreSQL`,
    );
    console.log(
      `  ${job.status}: ${job.importedRows.toLocaleString()} imported, ${job.errorRows} error rows, ${job.report?.skipped.length ?? 0} duplicates skipped`,
    );
    // The split (validation, duplicate check, time spent waiting for the writes) is in the
    // "import finished" log line above.
    console.log(
      `  ${(ms / 1000).toFixed(1)} s  →  ${Math.round((ROWS / ms) * 60_000).toLocaleString()} rows/minute (target ≥ 500,000)`,
    );
  } finally {
    await b.done();
  }
}

runBench(main);
