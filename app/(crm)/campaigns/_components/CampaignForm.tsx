"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { DateRangeFields } from "@/app/_components/forms/DateRangeFields.tsx";
import { enumLabel } from "../../_list/search-params.ts";

const CHANNELS = ["EMAIL", "SMS", "CALL", "DIRECT_MAIL", "EVENT", "WEB"] as const;
const STATUSES = ["PLANNED", "ACTIVE", "COMPLETED", "ABORTED"] as const;

const EMPTY = {
  name: "",
  channel: "",
  status: "PLANNED",
  startDate: "",
  endDate: "",
  budget: "",
  currency: "EUR",
  description: "",
  teamId: "",
};

/** A new marketing campaign; the server's message shows next to each field it refuses. */
export function CampaignForm({ teams }: { teams: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.campaigns.create.mutationOptions());
  const [v, setV] = useState({ ...EMPTY, teamId: teams[0]?.id ?? "" });
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(create.error);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    try {
      const campaign = await create.mutateAsync({
        ...v,
        channel: v.channel as (typeof CHANNELS)[number],
        status: v.status as (typeof STATUSES)[number],
      });
      router.push(`/campaigns/${campaign.id}`);
    } catch {
      // shown next to the fields
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New campaign"
      className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3">
        <Field label="Name" required error={errors.field("name")} className="col-span-2">
          {(ids) => <Input {...ids} value={v.name} onChange={set("name")} autoComplete="off" />}
        </Field>
        <Field label="Channel" required error={errors.field("channel")}>
          {(ids) => (
            <Select {...ids} value={v.channel} onChange={set("channel")}>
              <option value="">Choose…</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {enumLabel(c)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Status" error={errors.field("status")}>
          {(ids) => (
            <Select {...ids} value={v.status} onChange={set("status")}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {enumLabel(s)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <DateRangeFields startDate={v.startDate} endDate={v.endDate} onChange={set} error={errors.field} />
        <Field label="Budget" error={errors.field("budget")}>
          {(ids) => <Input {...ids} inputMode="decimal" value={v.budget} onChange={set("budget")} />}
        </Field>
        <Field label="Currency" hint="3 letters, like EUR" error={errors.field("currency")}>
          {(ids) => (
            <Input
              {...ids}
              value={v.currency}
              onChange={set("currency")}
              maxLength={3}
              className="uppercase"
            />
          )}
        </Field>
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
        <Field label="Description" error={errors.field("description")} className="col-span-2">
          {(ids) => <Textarea {...ids} value={v.description} onChange={set("description")} />}
        </Field>
      </div>
      {errors.form && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button href="/campaigns" variant="ghost">
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Create campaign
        </Button>
      </div>
    </form>
  );
}
