"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Card } from "@/app/_components/ui";
import { formatPercent } from "@/app/_components/format.ts";

const n = (count: number) => count.toLocaleString("en-GB");
/** "1 row", "2 rows", "10,000 rows". */
const count = (k: number, noun: string) => `${n(k)} ${noun}${k === 1 ? "" : "s"}`;

const phaseLabel = { queued: "Queued", importing: "Importing", done: "Finished" } as const;

// Polls the job row (and this server's live progress) once a second until it finishes; the job
// lives in the database, so a reload or a second tab picks it up where it is.
export function ImportProgress({ jobId }: { jobId: string }) {
  const trpc = useTRPC();
  const job = useQuery({
    ...trpc.imports.job.queryOptions({ jobId }),
    refetchInterval: (q) =>
      q.state.data && (q.state.data.status === "COMPLETED" || q.state.data.status === "FAILED")
        ? false
        : 1000,
  });
  if (job.isError) return <p className="text-sm text-red-700">{job.error.message}</p>;
  if (!job.data) return <p className="text-sm text-slate-600">Loading…</p>;
  const j = job.data;
  const done = j.status === "COMPLETED" || j.status === "FAILED";
  const problems = (j.report?.errors.length ?? 0) + (j.report?.skipped.length ?? 0);
  return (
    <Card className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-slate-800">
          <span className="font-medium">{j.fileName}</span> · {j.totalRows.toLocaleString("en-GB")} rows of{" "}
          {j.entity}
        </p>
        <Badge tone={j.status === "COMPLETED" ? "green" : j.status === "FAILED" ? "red" : "blue"}>
          {done ? j.status.toLowerCase() : phaseLabel[j.phase]}
        </Badge>
      </div>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={j.percent}
        className="h-2.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={`h-full transition-all ${j.status === "FAILED" ? "bg-red-500" : "bg-blue-600"}`}
          style={{ width: `${j.percent}%` }}
        />
      </div>
      <p className="text-xs text-slate-600" data-testid="import-status">
        {done
          ? [
              `${n(j.report?.created ?? 0)} created`,
              `${n(j.report?.updated ?? 0)} updated`,
              `${count(j.report?.skippedRows ?? j.report?.skipped.length ?? 0, "duplicate")} skipped`,
              `${count(j.errorRows, "row")} with errors`,
            ].join(" · ")
          : `${phaseLabel[j.phase]}… ${n(j.processedRows)} of ${n(j.totalRows)} rows checked (${formatPercent(j.percent / 100)})`}
      </p>
      {j.report?.message && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {j.report.message}
        </p>
      )}
      {done && (
        <div className="flex flex-wrap gap-2">
          {problems > 0 && (
            <a
              href={`/import/${j.id}/report`}
              download
              className="inline-flex h-8 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              Download the report (
              {j.report?.truncated ? `the first ${n(problems)} problems` : count(problems, "problem")})
            </a>
          )}
          <Button href={`/${j.entity}`}>Open {j.entity}</Button>
          <Button href="/import" variant="ghost">
            Import another file
          </Button>
        </div>
      )}
      {done && problems > 0 && (
        <table className="w-full text-left text-xs" data-testid="import-problems">
          <thead>
            <tr className="text-slate-500">
              <th className="py-1 pr-2">Row</th>
              <th className="py-1 pr-2">Field</th>
              <th className="py-1">Problem</th>
            </tr>
          </thead>
          <tbody>
            {[...(j.report?.errors ?? []), ...(j.report?.skipped ?? [])]
              .sort((a, b) => a.row - b.row)
              .slice(0, 50)
              .map((p, i) => (
                <tr key={i} className="border-t border-slate-100">
                  <td className="py-1 pr-2 tabular-nums">{p.row}</td>
                  <td className="py-1 pr-2">{p.field}</td>
                  <td className="py-1">{p.message}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
