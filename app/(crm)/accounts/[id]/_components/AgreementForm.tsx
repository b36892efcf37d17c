"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { AGREEMENT_LABEL, AGREEMENT_TYPES } from "@/server/agreements/agreement-labels.ts";
import type { AgreementType } from "@/server/generated/prisma/enums.ts";

const TYPES = AGREEMENT_TYPES.map((t) => [t, AGREEMENT_LABEL[t]] as const);

export type AgreementPrefill = {
  agreementType: AgreementType;
  startDate: string;
  endDate: string;
  contractId: string | null;
};

/**
 * Admins insert an agreement; the contract is chosen from the account's or created on the spot.
 * The Contract Number starts at "No contract": linking one is a choice, never a default. A renewal
 * comes prefilled from the agreement it renews and records which one that is.
 */
export function AgreementForm({
  accountId,
  contracts,
  onDone,
  prefill,
  renewedFromId,
  onCreated,
}: {
  accountId: string;
  contracts: { id: string; contractNumber: string; title: string }[];
  onDone: () => void;
  prefill?: AgreementPrefill;
  renewedFromId?: string;
  onCreated?: (id: string) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.agreements.create.mutationOptions());
  const [v, setV] = useState({
    agreementType: prefill?.agreementType ?? "EMAIL_MARKETING",
    startDate: prefill?.startDate ?? new Date().toISOString().slice(0, 10),
    endDate: prefill?.endDate ?? "",
    contractMode: prefill?.contractId ? "existing" : "none",
    contractId: prefill?.contractId ?? "",
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
        agreementType: v.agreementType as AgreementType,
        startDate: v.startDate,
        endDate: v.endDate || undefined,
        contract,
        renewedFromId,
      },
      {
        onSuccess: (created) => {
          if (onCreated) return onCreated(created.id);
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
      aria-label={renewedFromId ? "Renewal" : "New agreement"}
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
          {renewedFromId ? "Save renewal" : "Save agreement"}
        </Button>
      </div>
    </form>
  );
}
