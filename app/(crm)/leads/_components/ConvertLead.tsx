"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

const CURRENCIES = ["EUR", "GBP", "USD", "CHF", "JPY"] as const;

/**
 * Lead conversion: one action creates or links the account and contact and creates the
 * opportunity. The account defaults to the one with the lead's Party Group Name, if any.
 */
export function ConvertLead({ leadId, partyGroupName }: { leadId: string; partyGroupName: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const preview = useQuery({ ...trpc.leads.conversionPreview.queryOptions({ id: leadId }), enabled: open });
  const convert = useMutation(trpc.leads.convert.mutationOptions());
  const [v, setV] = useState({
    accountId: "",
    opportunityName: "",
    estimatedAmount: "",
    currency: "EUR" as (typeof CURRENCIES)[number],
    closeDate: "",
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(convert.error);
  const matched = preview.data?.matchedAccount;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    convert.mutate(
      { id: leadId, ...v },
      {
        onSuccess: () => {
          setOpen(false);
          router.refresh();
        },
      },
    );
  }

  if (!open)
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        Convert lead
      </Button>
    );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Convert lead"
      className="fixed inset-x-0 top-12 z-40 mx-auto w-full max-w-xl space-y-3 rounded-lg border border-slate-300 bg-white p-4 shadow-xl"
    >
      <h2 className="text-sm font-semibold text-slate-900">Convert lead</h2>
      <p className="text-xs text-slate-600">
        Creates or links the account and the contact, and creates an opportunity carrying the Lead, Lead
        Source and Marketing Campaign.
      </p>
      <Field
        label="Account"
        error={errors.field("accountId")}
        hint={
          matched
            ? `“${matched.partyGroupName}” exists and will be linked`
            : partyGroupName
              ? `A new account “${partyGroupName}” will be created`
              : "A new individual account will be created"
        }
      >
        {(ids) => (
          <Select {...ids} value={v.accountId} onChange={set("accountId")}>
            <option value="">{matched ? `Link ${matched.partyGroupName}` : "Create a new account"}</option>
            {(preview.data?.candidates ?? [])
              .filter((c) => c.id !== matched?.id)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  Link {c.partyGroupName}
                </option>
              ))}
          </Select>
        )}
      </Field>
      <Field
        label="What is being sold"
        hint="The opportunity is named “Company - what is being sold”"
        error={errors.field("opportunityName")}
      >
        {(ids) => (
          <Input
            {...ids}
            value={v.opportunityName}
            onChange={set("opportunityName")}
            placeholder="New business"
          />
        )}
      </Field>
      <div className="grid grid-cols-3 gap-3">
        <Field label="Estimated Amount" error={errors.field("estimatedAmount")}>
          {(ids) => (
            <Input {...ids} inputMode="decimal" value={v.estimatedAmount} onChange={set("estimatedAmount")} />
          )}
        </Field>
        <Field label="Currency" error={errors.field("currency")}>
          {(ids) => (
            <Select {...ids} value={v.currency} onChange={set("currency")}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Close Date" hint="Default: in 90 days" error={errors.field("closeDate")}>
          {(ids) => <Input {...ids} type="date" value={v.closeDate} onChange={set("closeDate")} />}
        </Field>
      </div>
      {errors.form && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={convert.isPending}>
          Convert
        </Button>
      </div>
    </form>
  );
}
