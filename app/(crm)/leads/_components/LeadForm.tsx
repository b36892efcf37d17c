"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { ConflictNotice, conflictCurrent } from "../../_detail/ConflictNotice.tsx";
import { DuplicateNotice, conflictDuplicates } from "../../_detail/DuplicateNotice.tsx";

const SOURCES = [
  "CAMPAIGN",
  "TRADE_SHOW",
  "DIRECT_MAIL",
  "REFERRAL",
  "WEBSITE",
  "COLD_CALL",
  "PARTNER",
  "OTHER",
] as const;
const STATUSES = ["NEW", "CONTACTED", "QUALIFIED", "DISQUALIFIED"] as const;

export type LeadValues = {
  partyGroupName: string;
  foreName: string;
  surname: string;
  leadSource: string;
  status: string;
  campaignId: string;
  contactListId: string;
  description: string;
  email: string;
  phone: string;
};

const LABELS: Record<string, string> = {
  partyGroupName: "Party Group Name",
  foreName: "Fore Name",
  surname: "Surname",
  leadSource: "Lead Source",
  status: "Status",
  campaignId: "Marketing Campaign",
  contactListId: "Contact List",
  description: "Description",
};

export const EMPTY_LEAD: LeadValues = {
  partyGroupName: "",
  foreName: "",
  surname: "",
  leadSource: "",
  status: "NEW",
  campaignId: "",
  contactListId: "",
  description: "",
  email: "",
  phone: "",
};

/** Create or edit a lead. Email and phone are checked for duplicates as soon as the field is left. */
export function LeadForm({
  initial = EMPTY_LEAD,
  edit,
  campaigns,
}: {
  initial?: LeadValues;
  edit?: { id: string; version: number };
  campaigns: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.leads.create.mutationOptions());
  const update = useMutation(trpc.leads.update.mutationOptions());
  const save = edit ? update : create;
  const [v, setV] = useState(initial);
  const [checked, setChecked] = useState({ email: initial.email, phone: initial.phone });
  const set = (key: keyof LeadValues) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const changedContact = checked.email !== initial.email || checked.phone !== initial.phone;
  const dupes = useQuery({
    ...trpc.leads.duplicates.queryOptions({
      email: checked.email || undefined,
      phone: checked.phone || undefined,
      excludeLeadId: edit?.id,
    }),
    enabled: changedContact && Boolean(checked.email || checked.phone),
  });
  // Contact List: the lists the user can see (each under its campaign), loaded with the form.
  const lists = useQuery(trpc.contactLists.options.queryOptions());
  const errors = serverErrors(save.error);
  const refusedDuplicates = conflictDuplicates(save.error);
  const current = refusedDuplicates.length ? null : conflictCurrent(save.error);
  const duplicates = refusedDuplicates.length ? refusedDuplicates : (dupes.data ?? []);

  function submit(allowDuplicate: boolean) {
    const { status, ...fields } = v;
    const payload = { ...fields, leadSource: fields.leadSource as (typeof SOURCES)[number], allowDuplicate };
    if (edit)
      update.mutate(
        { ...payload, ...edit, status: status as (typeof STATUSES)[number] },
        { onSuccess: () => router.push(`/leads/${edit.id}`) },
      );
    else create.mutate(payload, { onSuccess: (l) => router.push(`/leads/${l.id}`) });
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(false);
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={edit ? "Edit lead" : "New lead"}
      className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3">
        <Field label="Fore Name" required error={errors.field("foreName")}>
          {(ids) => <Input {...ids} value={v.foreName} onChange={set("foreName")} autoComplete="off" />}
        </Field>
        <Field label="Surname" required error={errors.field("surname")}>
          {(ids) => <Input {...ids} value={v.surname} onChange={set("surname")} autoComplete="off" />}
        </Field>
        <Field label="Party Group Name" hint="The company, if any" error={errors.field("partyGroupName")}>
          {(ids) => <Input {...ids} value={v.partyGroupName} onChange={set("partyGroupName")} />}
        </Field>
        <Field label="Lead Source" required error={errors.field("leadSource")}>
          {(ids) => (
            <Select {...ids} value={v.leadSource} onChange={set("leadSource")}>
              <option value="">Choose…</option>
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {enumLabel(s)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Email" error={errors.field("email")}>
          {(ids) => (
            <Input
              {...ids}
              type="email"
              value={v.email}
              onChange={set("email")}
              onBlur={() => setChecked((c) => ({ ...c, email: v.email }))}
            />
          )}
        </Field>
        <Field label="Phone" hint="Any format; matched as E.164" error={errors.field("phone")}>
          {(ids) => (
            <Input
              {...ids}
              type="tel"
              value={v.phone}
              onChange={set("phone")}
              onBlur={() => setChecked((c) => ({ ...c, phone: v.phone }))}
            />
          )}
        </Field>
        <Field label="Marketing Campaign" error={errors.field("campaignId")}>
          {(ids) => (
            <Select {...ids} value={v.campaignId} onChange={set("campaignId")}>
              <option value="">None</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Contact List"
          error={errors.field("contactListId")}
          hint="A targeted group of people this lead belongs to"
        >
          {(ids) => (
            <Select {...ids} value={v.contactListId} onChange={set("contactListId")}>
              <option value="">{lists.isPending ? "Loading…" : "None"}</option>
              {lists.data?.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.campaign ? `${l.name} (${l.campaign.name})` : l.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {edit && (
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
        )}
        <div className="col-span-2">
          <Field label="Description" error={errors.field("description")}>
            {(ids) => <Textarea {...ids} value={v.description} onChange={set("description")} />}
          </Field>
        </div>
      </div>
      <DuplicateNotice
        duplicates={duplicates}
        onSaveAnyway={refusedDuplicates.length ? () => submit(true) : undefined}
      />
      {current ? (
        <ConflictNotice
          message={errors.form}
          current={current}
          initial={initial}
          labels={LABELS}
          onReload={() => router.refresh()}
        />
      ) : (
        errors.form &&
        refusedDuplicates.length === 0 && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {errors.form}
          </p>
        )
      )}
      <div className="flex justify-end gap-2">
        <Button href={edit ? `/leads/${edit.id}` : "/leads"} variant="ghost">
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {edit ? "Save lead" : "Create lead"}
        </Button>
      </div>
    </form>
  );
}
