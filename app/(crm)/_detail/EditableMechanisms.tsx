"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { enumLabel } from "../_list/search-params.ts";
import { MechanismRow, type Mechanism } from "./MechanismList.tsx";

type Draft = { type: string; value: string; purpose: string; isPrimary: boolean };
const TYPES = ["PHONE", "EMAIL", "ADDRESS"] as const;

/** The form for one mechanism, new or existing; the server's message shows under the value. */
function MechanismForm({
  label,
  initial,
  fixedType,
  pending,
  error,
  onSave,
  onCancel,
}: {
  label: string;
  initial: Draft;
  fixedType: boolean;
  pending: boolean;
  error: unknown;
  onSave: (d: Draft) => void;
  onCancel: () => void;
}) {
  const [d, setD] = useState(initial);
  const errors = serverErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(d);
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={label}
      className="grid grid-cols-[7rem_1fr_9rem] gap-2 rounded-md border border-slate-200 bg-slate-50 p-2"
    >
      <Field label="Type" error={errors.field("type")}>
        {(ids) => (
          <Select
            {...ids}
            value={d.type}
            disabled={fixedType}
            onChange={(e) => setD({ ...d, type: e.target.value })}
          >
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {enumLabel(t)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Value" required error={errors.field("value")}>
        {(ids) => (
          <Input
            {...ids}
            value={d.value}
            autoFocus
            onChange={(e) => setD({ ...d, value: e.target.value })}
            type={d.type === "EMAIL" ? "email" : d.type === "PHONE" ? "tel" : "text"}
          />
        )}
      </Field>
      <Field label="Purpose" error={errors.field("purpose")}>
        {(ids) => (
          <Input
            {...ids}
            value={d.purpose}
            placeholder="work, mobile…"
            onChange={(e) => setD({ ...d, purpose: e.target.value })}
          />
        )}
      </Field>
      {errors.form && (
        <p role="alert" className="col-span-3 text-xs text-red-700">
          {errors.form}
        </p>
      )}
      <div className="col-span-3 flex items-center justify-between gap-2">
        <label className="flex items-center gap-2 text-[13px] text-slate-700">
          <input
            type="checkbox"
            checked={d.isPrimary}
            onChange={(e) => setD({ ...d, isPrimary: e.target.checked })}
          />{" "}
          Primary
        </label>
        <div className="flex gap-1">
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button size="sm" type="submit" variant="primary" disabled={pending}>
            Save
          </Button>
        </div>
      </div>
    </form>
  );
}

/** A contact's or account's phones, emails and addresses, each editable in place. */
export function EditableMechanisms({
  owner,
  ownerId,
  mechanisms,
}: {
  owner: "contacts" | "accounts";
  ownerId: string;
  mechanisms: Mechanism[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const add = useMutation(trpc[owner].addMechanism.mutationOptions());
  const update = useMutation(trpc.mechanisms.update.mutationOptions());
  const remove = useMutation(trpc.mechanisms.remove.mutationOptions());

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
    } catch {
      return; // the form shows why
    }
    setEditing(null);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      {mechanisms.length === 0 && editing !== "new" && (
        <p className="text-sm text-slate-500">No phones, emails or addresses yet.</p>
      )}
      <ul className="divide-y divide-slate-100 text-sm">
        {mechanisms.map((m) =>
          editing === m.id ? (
            <li key={m.id} className="py-1.5">
              <MechanismForm
                label={`Edit ${enumLabel(m.type).toLowerCase()}`}
                initial={{ type: m.type, value: m.value, purpose: m.purpose ?? "", isPrimary: m.isPrimary }}
                fixedType
                pending={update.isPending}
                error={update.error}
                onSave={(d) =>
                  run(() =>
                    update.mutateAsync({
                      id: m.id,
                      value: d.value,
                      purpose: d.purpose,
                      isPrimary: d.isPrimary,
                    }),
                  )
                }
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <MechanismRow key={m.id} m={m}>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Edit ${m.value}`}
                onClick={() => {
                  update.reset();
                  setEditing(m.id);
                }}
              >
                <Pencil aria-hidden />
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${m.value}`}
                disabled={remove.isPending}
                onClick={() => run(() => remove.mutateAsync({ id: m.id }))}
              >
                <Trash2 aria-hidden />
              </Button>
            </MechanismRow>
          ),
        )}
      </ul>
      {editing === "new" ? (
        <MechanismForm
          label="Add phone, email or address"
          initial={{ type: "PHONE", value: "", purpose: "", isPrimary: mechanisms.length === 0 }}
          fixedType={false}
          pending={add.isPending}
          error={add.error}
          onSave={(d) =>
            run(() =>
              add.mutateAsync({
                id: ownerId,
                type: d.type as (typeof TYPES)[number],
                value: d.value,
                purpose: d.purpose,
                isPrimary: d.isPrimary,
              }),
            )
          }
          onCancel={() => setEditing(null)}
        />
      ) : (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            add.reset();
            setEditing("new");
          }}
        >
          <Plus aria-hidden /> Add phone, email or address
        </Button>
      )}
    </div>
  );
}
