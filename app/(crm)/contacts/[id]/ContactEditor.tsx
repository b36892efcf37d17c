"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { ConflictNotice, conflictCurrent } from "../../_detail/ConflictNotice.tsx";

type Editable = { foreName: string; middleInitial: string; surname: string; jobTitle: string };
const LABELS: Record<keyof Editable, string> = {
  foreName: "ForeName",
  middleInitial: "MiddleInitial",
  surname: "Surname",
  jobTitle: "Job Title",
};

/** Edits a contact's seed 004 fields; a stale save shows what someone else changed. */
export function ContactEditor({ id, version, initial }: { id: string; version: number; initial: Editable }) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.contacts.update.mutationOptions());
  const [open, setOpen] = useState(false);
  const [v, setV] = useState(initial);
  const errors = serverErrors(update.error);
  const current = conflictCurrent(update.error);
  const set = (key: keyof Editable) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id, version, ...v }, { onSuccess: () => (setOpen(false), router.refresh()) });
  };

  if (!open) {
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        <Pencil aria-hidden size={14} /> Edit
      </Button>
    );
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Edit contact"
      className="fixed inset-x-0 top-12 z-40 mx-auto w-full max-w-2xl space-y-3 rounded-lg border border-slate-300 bg-white p-4 shadow-xl"
    >
      <h2 className="text-sm font-semibold text-slate-900">Edit contact</h2>
      <div className="grid grid-cols-2 gap-3">
        <Field label="ForeName" required error={errors.field("foreName")}>
          {(ids) => <Input {...ids} value={v.foreName} onChange={set("foreName")} />}
        </Field>
        <Field label="MiddleInitial" error={errors.field("middleInitial")}>
          {(ids) => <Input {...ids} value={v.middleInitial} maxLength={2} onChange={set("middleInitial")} />}
        </Field>
        <Field label="Surname" required error={errors.field("surname")}>
          {(ids) => <Input {...ids} value={v.surname} onChange={set("surname")} />}
        </Field>
        <Field label="Job Title" error={errors.field("jobTitle")}>
          {(ids) => <Input {...ids} value={v.jobTitle} onChange={set("jobTitle")} />}
        </Field>
      </div>
      {current ? (
        <ConflictNotice
          message={errors.form}
          current={current}
          initial={initial}
          labels={LABELS}
          onReload={() => (setOpen(false), update.reset(), router.refresh())}
        />
      ) : (
        errors.form &&
        !Object.keys(update.error?.data?.zodError?.fieldErrors ?? {}).length && (
          <p className="text-sm text-red-700">{errors.form}</p>
        )
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={() => (setOpen(false), setV(initial), update.reset())}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={update.isPending}>
          Save
        </Button>
      </div>
    </form>
  );
}
