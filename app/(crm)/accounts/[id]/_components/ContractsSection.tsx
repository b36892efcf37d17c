"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { DateRangeFields } from "@/app/_components/forms/DateRangeFields.tsx";

type Contract = {
  id: string;
  contractNumber: string;
  title: string;
  startDate: Date;
  endDate: Date | null;
  _count: { agreements: number };
};

const EMPTY = { contractNumber: "", title: "", startDate: "", endDate: "" };

function ContractForm({ accountId, onDone }: { accountId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.contracts.create.mutationOptions());
  const [v, setV] = useState({ ...EMPTY, startDate: new Date().toISOString().slice(0, 10) });
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(create.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await create.mutateAsync({ accountId, ...v, endDate: v.endDate || undefined });
    } catch {
      return; // shown next to the fields
    }
    onDone();
    router.refresh();
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="New contract"
      className="grid grid-cols-4 gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <Field label="Contract Number" required error={errors.field("contractNumber")}>
        {(ids) => (
          <Input
            {...ids}
            value={v.contractNumber}
            onChange={set("contractNumber")}
            placeholder="CTR-2026-000123"
          />
        )}
      </Field>
      <Field label="Title" required error={errors.field("title")}>
        {(ids) => <Input {...ids} value={v.title} onChange={set("title")} />}
      </Field>
      <DateRangeFields startDate={v.startDate} endDate={v.endDate} onChange={set} error={errors.field} />
      {errors.form && (
        <p role="alert" className="col-span-4 text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <div className="col-span-4 flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Create contract
        </Button>
      </div>
    </form>
  );
}

/** The account's contracts; a new one can be recorded here or on the spot while inserting an agreement. */
export function ContractsSection({ accountId, rows }: { accountId: string; rows: Contract[] }) {
  const [adding, setAdding] = useState(false);
  return (
    <section aria-label="Contracts" className="space-y-2">
      <div className="flex justify-end">
        {!adding && (
          <Button size="sm" onClick={() => setAdding(true)}>
            <Plus aria-hidden /> New contract
          </Button>
        )}
      </div>
      {adding && <ContractForm accountId={accountId} onDone={() => setAdding(false)} />}
      <ul className="divide-y divide-slate-100 text-[13px]">
        {rows.map((c) => (
          <li key={c.id} className="flex justify-between gap-3 py-1.5">
            <span>
              <span className="font-mono text-xs text-slate-700">{c.contractNumber}</span>{" "}
              <span className="font-medium text-slate-800">{c.title}</span>
            </span>
            <span className="text-slate-600">
              {formatDate(c.startDate)} – {c.endDate ? formatDate(c.endDate) : "open-ended"} ·{" "}
              {c._count.agreements} agreement{c._count.agreements === 1 ? "" : "s"}
            </span>
          </li>
        ))}
        {rows.length === 0 && <li className="py-1.5 text-slate-600">No contracts.</li>}
      </ul>
    </section>
  );
}
