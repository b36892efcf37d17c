"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button } from "@/app/_components/ui";
import type { myTasks } from "@/server/tasks/my-tasks.ts";
import { typeOf } from "./_components/task-types.ts";

type Task = Awaited<ReturnType<typeof myTasks>>[number];

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

function TaskRow({ task }: { task: Task }) {
  const trpc = useTRPC();
  const router = useRouter();
  const done = { onSuccess: () => router.refresh() };
  const approve = useMutation(trpc.tasks.approveDeal.mutationOptions());
  const reject = useMutation(trpc.tasks.rejectDeal.mutationOptions());
  const complete = useMutation(trpc.tasks.complete.mutationOptions());
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const busy = approve.isPending || reject.isPending || complete.isPending;
  const error = approve.error ?? reject.error ?? complete.error;
  const type = typeOf(task.type);

  return (
    <li
      data-testid="task"
      data-overdue={task.overdue}
      className={`space-y-1 py-2 pr-3 ${task.overdue ? "border-l-4 border-red-500 bg-red-50/40 pl-2" : "pl-3"}`}
    >
      <div className="flex items-start gap-3">
        <Badge tone={type.tone} className="mt-0.5 w-20 justify-center">
          {type.label}
        </Badge>
        <div className="min-w-0 flex-1">
          <p className="text-[13px] font-medium text-slate-900">{task.title}</p>
          {task.description && <p className="text-xs text-slate-600">{task.description}</p>}
          <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-slate-600">
            {task.link && (
              <Link href={task.link.href} className="text-blue-700 hover:underline">
                {task.link.label}
              </Link>
            )}
            {task.dueAt && (
              <span className={task.overdue ? "font-medium text-red-800" : ""}>
                {task.link && "· "}due {when.format(new Date(task.dueAt))}
              </span>
            )}
            {task.overdue && <Badge tone="red">Overdue</Badge>}
            {task.createdBy && task.createdBy.id !== task.assigneeId && `· from ${task.createdBy.name}`}
          </p>
        </div>
        <div className="flex shrink-0 gap-1.5">
          {task.type === "APPROVAL" ? (
            <>
              <Button
                size="sm"
                variant="primary"
                disabled={busy}
                onClick={() => approve.mutate({ id: task.id, version: task.version }, done)}
              >
                Approve
              </Button>
              <Button size="sm" variant="danger" disabled={busy} onClick={() => setRejecting((r) => !r)}>
                Reject
              </Button>
            </>
          ) : (
            <Button
              size="sm"
              disabled={busy}
              onClick={() => complete.mutate({ id: task.id, version: task.version }, done)}
            >
              Done
            </Button>
          )}
        </div>
      </div>
      {rejecting && (
        <form
          noValidate
          className="flex gap-2 pl-23"
          onSubmit={(e) => {
            e.preventDefault();
            reject.mutate({ id: task.id, version: task.version, reason }, done);
          }}
        >
          <label className="sr-only" htmlFor={`reason-${task.id}`}>
            Reason for rejecting
          </label>
          <input
            id={`reason-${task.id}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Why is it rejected?"
            className="h-7 flex-1 rounded-md border border-slate-300 px-2 text-xs"
          />
          <Button size="sm" type="submit" variant="danger" disabled={busy}>
            Reject deal
          </Button>
        </form>
      )}
      {error && <p className="pl-23 text-xs text-red-700">{error.message}</p>}
    </li>
  );
}

export function TaskList({ tasks, testId }: { tasks: Task[]; testId?: string }) {
  return (
    <ul
      data-testid={testId}
      className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white"
    >
      {tasks.map((t) => (
        <TaskRow key={t.id} task={t} />
      ))}
    </ul>
  );
}
