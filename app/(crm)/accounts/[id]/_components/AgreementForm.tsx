"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

const TYPES = [
  ["DATA_COLLECTION", "Data Collection"],
  ["EMAIL_MARKETING", "Email Marketing"],
  ["CALL_MARKETING", "Call Marketing"],
  ["SMS_MARKETING", "SMS Marketing"],
] as const;

/** Admins insert an agreement; the contract is chosen from the account's or created on the spot. */
export function AgreementForm({
  accountId,
  contracts,
  onDone,
}: {
  accountId: string;
  contracts: { id: string; contractNumber: string; title: string }[];
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.agreements.create.mutationOptions());
  const [v, setV] = useState({
    agreementType: "EMAIL_MARKETING",
    startDate: new Date().toISOString().slice(0, 10),
    endDate: "",
    contractMode: contracts.length ? "existing" : "none",
    contractId: contracts[0]?.id ?? "",
    contractNumber: "",
    title: "",
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(create.error);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const contract =
      v.contractMode === "existing"
        ? { mode: "existing" as const, contractId: v.contractId }
        : v.contractMode === "new"
          ? { mode: "new" as const, contractNumber: v.contractNumber, title: v.title }
          : { mode: "none" as const };
    create.mutate(
      {
        accountId,
        agreementType: v.agreementType as (typeof TYPES)[number][0],
        startDate: v.startDate,
        endDate: v.endDate || undefined,
        contract,
      },
      {
        onSuccess: () => {
          onDone();
          router.refresh();
        },
      },
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New agreement"
      className="space-y-3 rounded-lg border border-blue-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Field label="Agreement Type" required error={errors.field("agreementType")}>
          {(ids) => (
            <Select {...ids} value={v.agreementType} onChange={set("agreementType")}>
              {TYPES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Status" hint="Derived from the dates">
          {(ids) => <Input {...ids} readOnly value="—" className="bg-slate-50" />}
        </Field>
        <Field label="Start Date" required error={errors.field("startDate")}>
          {(ids) => <Input {...ids} type="date" value={v.startDate} onChange={set("startDate")} />}
        </Field>
        <Field label="End Date" error={errors.field("endDate")}>
          {(ids) => <Input {...ids} type="date" value={v.endDate} onChange={set("endDate")} />}
        </Field>
        <Field label="Contract Number">
          {(ids) => (
            <Select
              {...ids}
              value={v.contractMode === "existing" ? v.contractId : v.contractMode}
              onChange={(e) => {
                const value = e.target.value;
                setV((s) =>
                  value === "new" || value === "none"
                    ? { ...s, contractMode: value }
                    : { ...s, contractMode: "existing", contractId: value },
                );
              }}
            >
              <option value="none">No contract</option>
              {contracts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.contractNumber} · {c.title}
                </option>
              ))}
              <option value="new">Create a new contract…</option>
            </Select>
          )}
        </Field>
        {v.contractMode === "new" && (
          <>
            <Field
              label="New Contract Number"
              required
              error={errors.field("contract.contractNumber") ?? errors.field("contractNumber")}
            >
              {(ids) => (
                <Input
                  {...ids}
                  value={v.contractNumber}
                  onChange={set("contractNumber")}
                  placeholder="CTR-2026-000123"
                />
              )}
            </Field>
            <Field label="Contract title" required error={errors.field("contract.title")}>
              {(ids) => <Input {...ids} value={v.title} onChange={set("title")} />}
            </Field>
          </>
        )}
      </div>
      {errors.form && (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Save agreement
        </Button>
      </div>
    </form>
  );
}
