"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { DuplicateNotice, conflictDuplicates } from "../../_detail/DuplicateNotice.tsx";

const ACCOUNT_TYPES = ["ORGANISATION", "INDIVIDUAL"] as const;
const SEGMENTS = ["RETAIL", "PRIVATE_BANKING", "SME", "CORPORATE", "INSTITUTIONAL"] as const;
const KYC = ["NOT_STARTED", "PENDING", "VERIFIED", "EXPIRED", "REJECTED"] as const;

const EMPTY = {
  partyGroupName: "",
  accountType: "",
  segment: "CORPORATE",
  kycStatus: "NOT_STARTED",
  accountPin: "",
  fiscalRegistrationNo: "",
  commercialRegistration: "",
  location: "",
  locationComments: "",
  email: "",
  phone: "",
  teamId: "",
};
type Values = typeof EMPTY;

/** A new account (seed 004's fields). A known email or phone offers the existing account first. */
export function AccountForm({ teams }: { teams: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.accounts.create.mutationOptions());
  const [v, setV] = useState<Values>({ ...EMPTY, teamId: teams[0]?.id ?? "" });
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(create.error);
  const duplicates = conflictDuplicates(create.error);

  async function save(allowDuplicate: boolean) {
    try {
      const account = await create.mutateAsync({
        ...v,
        accountType: v.accountType as (typeof ACCOUNT_TYPES)[number],
        segment: v.segment as (typeof SEGMENTS)[number],
        kycStatus: v.kycStatus as (typeof KYC)[number],
        allowDuplicate,
      });
      router.push(`/accounts/${account.id}`);
    } catch {
      // shown next to the fields, or as the duplicate warning
    }
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };
  const text = (key: keyof Values, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors.field(key)}>
      {(ids) => <Input {...ids} value={v[key]} onChange={set(key)} />}
    </Field>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New account"
      className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Party Group Name"
          required
          error={errors.field("partyGroupName")}
          className="col-span-2"
        >
          {(ids) => (
            <Input {...ids} value={v.partyGroupName} onChange={set("partyGroupName")} autoComplete="off" />
          )}
        </Field>
        <Field label="Account Type" required error={errors.field("accountType")}>
          {(ids) => (
            <Select {...ids} value={v.accountType} onChange={set("accountType")}>
              <option value="">Choose…</option>
              {ACCOUNT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {enumLabel(t)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Segment" required error={errors.field("segment")}>
          {(ids) => (
            <Select {...ids} value={v.segment} onChange={set("segment")}>
              {SEGMENTS.map((s) => (
                <option key={s} value={s}>
                  {enumLabel(s)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {text("accountPin", "Account PIN")}
        {text("fiscalRegistrationNo", "Fiscal Registration No")}
        {text("commercialRegistration", "Commercial Registration")}
        <Field label="KYC" error={errors.field("kycStatus")}>
          {(ids) => (
            <Select {...ids} value={v.kycStatus} onChange={set("kycStatus")}>
              {KYC.map((k) => (
                <option key={k} value={k}>
                  {enumLabel(k)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {text("location", "Location")}
        <Field label="Team" error={errors.field("teamId")}>
          {(ids) => (
            <Select {...ids} value={v.teamId} onChange={set("teamId")}>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {text("email", "Email")}
        {text("phone", "Phone", "Any format; matched as E.164")}
        <Field label="Location Comments" error={errors.field("locationComments")} className="col-span-2">
          {(ids) => <Textarea {...ids} value={v.locationComments} onChange={set("locationComments")} />}
        </Field>
      </div>
      <DuplicateNotice
        duplicates={duplicates}
        onSaveAnyway={duplicates.length ? () => void save(true) : undefined}
      />
      {errors.form && duplicates.length === 0 && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button href="/accounts" variant="ghost">
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Create account
        </Button>
      </div>
    </form>
  );
}
