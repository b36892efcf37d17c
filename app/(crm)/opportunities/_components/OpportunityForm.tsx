"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { DEFAULT_PROBABILITY, STAGES } from "@/server/opportunities/stage-defaults.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { ConflictNotice, conflictCurrent } from "../../_detail/ConflictNotice.tsx";
import { typedAmount } from "@/app/_components/typed-amount.ts";

const CURRENCIES = ["EUR", "GBP", "USD", "CHF", "JPY"] as const;
type Stage = (typeof STAGES)[number];

export type OpportunityValues = {
  name: string;
  accountId: string;
  stage: Stage;
  probability: string;
  estimatedAmount: string;
  currency: (typeof CURRENCIES)[number];
  closeDate: string;
  nextStep: string;
  nextStepDate: string;
  description: string;
  // Carried from conversion; kept as they are.
  contactId: string;
  leadSource: string;
  campaignId: string;
};

const LABELS: Record<string, string> = {
  name: "Name",
  stage: "Stage",
  probability: "Probability",
  estimatedAmount: "Estimated Amount",
  currency: "Currency",
  closeDate: "Close Date",
  nextStep: "Next Step",
  nextStepDate: "Next Step Date",
  description: "Description",
};

/**
 * Create or edit an opportunity. Choosing a stage fills in its default probability, which the rep
 * may then change. A stale save shows what someone else changed instead of overwriting it.
 */
export function OpportunityForm({
  initial,
  edit,
  accounts,
}: {
  initial: OpportunityValues;
  edit?: { id: string; version: number };
  accounts?: { id: string; partyGroupName: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.opportunities.create.mutationOptions());
  const update = useMutation(trpc.opportunities.update.mutationOptions());
  const save = edit ? update : create;
  const [v, setV] = useState(initial);
  const set = (key: keyof OpportunityValues) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(save.error);
  const current = conflictCurrent(save.error);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { accountId, probability, leadSource, ...fields } = v;
    const payload = {
      ...fields,
      estimatedAmount: typedAmount(fields.estimatedAmount),
      leadSource: leadSource as never,
      // An empty box means "the stage's default"; anything else is sent for the server to check.
      probability: probability.trim() === "" ? undefined : Number(probability),
    };
    if (edit)
      update.mutate({ ...payload, ...edit }, { onSuccess: () => router.push(`/opportunities/${edit.id}`) });
    else
      create.mutate({ ...payload, accountId }, { onSuccess: (o) => router.push(`/opportunities/${o.id}`) });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={edit ? "Edit opportunity" : "New opportunity"}
      className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3">
        <div className="col-span-2">
          <Field label="Name" required hint="Company - what is being sold" error={errors.field("name")}>
            {(ids) => <Input {...ids} value={v.name} onChange={set("name")} />}
          </Field>
        </div>
        {!edit && (
          <Field label="Account" required error={errors.field("accountId")}>
            {(ids) => (
              <Select {...ids} value={v.accountId} onChange={set("accountId")}>
                <option value="">Choose…</option>
                {(accounts ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.partyGroupName}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        <Field label="Stage" required error={errors.field("stage")}>
          {(ids) => (
            <Select
              {...ids}
              value={v.stage}
              onChange={(e) => {
                const stage = e.target.value as Stage;
                setV((s) => ({ ...s, stage, probability: String(DEFAULT_PROBABILITY[stage]) }));
              }}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {enumLabel(s)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Probability (%)"
          hint={`Stage default ${DEFAULT_PROBABILITY[v.stage]}%`}
          error={errors.field("probability")}
        >
          {(ids) => (
            <Input
              {...ids}
              type="number"
              min={0}
              max={100}
              value={v.probability}
              onChange={set("probability")}
            />
          )}
        </Field>
        <div className="grid grid-cols-[1fr_6rem] gap-2">
          <Field label="Estimated Amount" required error={errors.field("estimatedAmount")}>
            {(ids) => (
              <Input
                {...ids}
                inputMode="decimal"
                value={v.estimatedAmount}
                onChange={set("estimatedAmount")}
              />
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
        </div>
        <Field label="Close Date" required error={errors.field("closeDate")}>
          {(ids) => <Input {...ids} type="date" value={v.closeDate} onChange={set("closeDate")} />}
        </Field>
        <Field label="Next Step" error={errors.field("nextStep")}>
          {(ids) => <Input {...ids} value={v.nextStep} onChange={set("nextStep")} />}
        </Field>
        <Field label="Next Step Date" error={errors.field("nextStepDate")}>
          {(ids) => <Input {...ids} type="date" value={v.nextStepDate} onChange={set("nextStepDate")} />}
        </Field>
        <div className="col-span-2">
          <Field label="Description" error={errors.field("description")}>
            {(ids) => <Textarea {...ids} value={v.description} onChange={set("description")} />}
          </Field>
        </div>
      </div>
      {current ? (
        <ConflictNotice
          message={errors.form}
          current={current}
          initial={initial}
          labels={LABELS}
          onReload={() => router.refresh()}
        />
      ) : (
        errors.form && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {errors.form}
          </p>
        )
      )}
      <div className="flex justify-end gap-2">
        <Button href={edit ? `/opportunities/${edit.id}` : "/opportunities"} variant="ghost">
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {edit ? "Save opportunity" : "Create opportunity"}
        </Button>
      </div>
    </form>
  );
}
