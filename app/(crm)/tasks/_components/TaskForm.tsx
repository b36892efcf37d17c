"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import type { TaskLinkKind } from "@/server/tasks/task-links.ts";

const KINDS = [
  { value: "CALL_BACK", label: "Call back" },
  { value: "FOLLOW_UP", label: "Follow up" },
  { value: "ALERT", label: "Alert" },
] as const;

export type TaskFormLink = { kind: TaskLinkKind; id: string; label: string; href: string };

/** A datetime-local value as an ISO instant: the browser knows the user's time zone. */
function toInstant(local: string): string {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/**
 * A new task for the user or a colleague. The people offered are the ones the server accepts
 * (tasks.assignees); the server checks again on save.
 */
export function TaskForm({
  assignees,
  link,
  initialTitle = "",
}: {
  /** The user first (`me`), then the colleagues they may assign to. */
  assignees: { id: string; name: string; me: boolean }[];
  link: TaskFormLink | null;
  initialTitle?: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.tasks.create.mutationOptions());
  const [v, setV] = useState({
    type: "CALL_BACK",
    title: initialTitle,
    dueAt: "",
    assigneeId: assignees.find((u) => u.me)?.id ?? "",
    description: "",
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(create.error);
  const back = link?.href ?? "/tasks";

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      {
        type: v.type as (typeof KINDS)[number]["value"],
        title: v.title,
        dueAt: toInstant(v.dueAt),
        description: v.description || undefined,
        assigneeId: v.assigneeId,
        link: link ? { kind: link.kind, id: link.id } : undefined,
      },
      {
        onSuccess: () => {
          router.push("/tasks");
          router.refresh();
        },
      },
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New task"
      data-testid="task-form"
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      {link && (
        <p className="text-sm text-slate-700" data-testid="task-link">
          About{" "}
          <Link className="font-medium text-blue-700 hover:underline" href={link.href}>
            {link.label}
          </Link>
        </p>
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Kind" required error={errors.field("type")}>
          {(ids) => (
            <Select {...ids} value={v.type} onChange={set("type")}>
              {KINDS.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Due"
          required
          error={errors.field("dueAt")}
          hint="Your local time. A reminder arrives then."
        >
          {(ids) => <Input {...ids} type="datetime-local" value={v.dueAt} onChange={set("dueAt")} />}
        </Field>
        <div className="sm:col-span-2">
          <Field label="Title" required error={errors.field("title")}>
            {(ids) => (
              <Input
                {...ids}
                value={v.title}
                onChange={set("title")}
                maxLength={200}
                placeholder="Ring back about the EUR/USD forward"
              />
            )}
          </Field>
        </div>
        <Field label="Assign to" required error={errors.field("assigneeId")}>
          {(ids) => (
            <Select {...ids} value={v.assigneeId} onChange={set("assigneeId")}>
              {assignees.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.me ? `${u.name} (me)` : u.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field label="Notes" error={errors.field("description")}>
            {(ids) => (
              <Textarea {...ids} value={v.description} onChange={set("description")} maxLength={2000} />
            )}
          </Field>
        </div>
      </div>
      {errors.form && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button href={back} variant="ghost">
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Create task
        </Button>
      </div>
    </form>
  );
}
