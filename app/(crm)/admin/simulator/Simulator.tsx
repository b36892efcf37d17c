"use client";

import { useState, type FormEvent } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Play } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Card, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import type { listScripts } from "@/server/simulator/simulator-runs.ts";

type Script = ReturnType<typeof listScripts>[number];

function Progress({ runId }: { runId: string }) {
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.simulator.status.queryOptions({ runId }),
    refetchInterval: (query) => (query.state.data?.status === "running" ? 700 : false),
  });
  if (q.isError)
    return (
      <p className="text-xs text-slate-600">
        That run is no longer held by this server (runs are kept in memory).
      </p>
    );
  if (!q.data) return null;
  const run = q.data;
  const pct = Math.round((run.sent.length / run.total) * 100);
  return (
    <Card
      title={run.title}
      actions={
        <Badge tone={run.status === "done" ? "green" : run.status === "failed" ? "red" : "blue"}>
          {run.status === "running" ? "Running" : run.status === "done" ? "Finished" : "Failed"}
        </Badge>
      }
    >
      <div
        className="h-2 overflow-hidden rounded bg-slate-100"
        role="progressbar"
        aria-label="Events sent"
        aria-valuenow={pct}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <div className="h-full bg-blue-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {run.sent.length} of {run.total} events sent
      </p>
      <ol className="mt-2 space-y-0.5 font-mono text-xs" data-testid="simulation-log">
        {run.sent.map((s, i) => (
          <li key={i} className={s.status < 300 ? "text-slate-700" : "text-red-700"}>
            {s.type.padEnd(20, " ")} {s.status}
          </li>
        ))}
      </ol>
      {run.error && <p className="mt-2 text-xs text-red-700">{run.error}</p>}
    </Card>
  );
}

export function Simulator({ scripts, runId }: { scripts: Script[]; runId?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const start = useMutation(trpc.simulator.start.mutationOptions());
  const [key, setKey] = useState(scripts[0]?.key ?? "");
  const script = scripts.find((s) => s.key === key);
  const [from, setFrom] = useState("");
  const [line, setLine] = useState("");
  const [speed, setSpeed] = useState("1");
  const errors = serverErrors(start.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The run id goes in the URL, so the progress survives a reload.
    start.mutate(
      { scriptKey: key, from: from || undefined, line: line || undefined, speed: Number(speed) },
      { onSuccess: (r) => router.replace(`${pathname}?run=${r.runId}`) },
    );
  };

  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Card>
        <form
          onSubmit={submit}
          noValidate
          aria-label="Start a simulation"
          className="grid gap-3 md:grid-cols-2"
        >
          <Field label="Script" error={errors.field("scriptKey")} className="md:col-span-2">
            {(ids) => (
              <Select {...ids} value={key} onChange={(e) => setKey(e.target.value)}>
                {scripts.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.channel === "CALL" ? "Call" : "Chat"}: {s.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="From number" hint={`Default ${script?.from ?? ""}`} error={errors.field("from")}>
            {(ids) => (
              <Input
                {...ids}
                value={from}
                onChange={(e) => setFrom(e.target.value)}
                placeholder={script?.from}
              />
            )}
          </Field>
          <Field label="Agent line" hint={`Default ${script?.line ?? ""}`} error={errors.field("line")}>
            {(ids) => (
              <Input
                {...ids}
                value={line}
                onChange={(e) => setLine(e.target.value)}
                placeholder={script?.line}
              />
            )}
          </Field>
          <Field label="Speed" error={errors.field("speed")}>
            {(ids) => (
              <Select {...ids} value={speed} onChange={(e) => setSpeed(e.target.value)}>
                <option value="1">Real time</option>
                <option value="2">2× faster</option>
                <option value="5">5× faster</option>
              </Select>
            )}
          </Field>
          <div className="flex items-end justify-end">
            <Button type="submit" variant="primary" disabled={start.isPending}>
              <Play aria-hidden /> Start
            </Button>
          </div>
          {errors.form && <p className="text-xs text-red-700 md:col-span-2">{errors.form}</p>}
        </form>
      </Card>
      {runId ? (
        <Progress key={runId} runId={runId} />
      ) : (
        <Card>
          <p className="text-sm text-slate-600">Start a script to see its events go out.</p>
        </Card>
      )}
    </div>
  );
}
