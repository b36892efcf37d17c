"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { ConflictNotice, conflictCurrent } from "../../_detail/ConflictNotice.tsx";

const TYPES = ["MEETING", "CALL", "CLIENT_VISIT", "PRESENTATION", "CONFERENCE", "FOLLOW_UP"] as const;
const STATUSES = ["PLANNED", "HELD", "CANCELED"] as const;
const OUTCOMES = ["POSITIVE", "NEUTRAL", "NEGATIVE", "NO_SHOW"] as const;

export type EventValues = {
  subject: string;
  type: string;
  status: (typeof STATUSES)[number];
  /** datetime-local values, in the rep's own time zone. */
  startsAt: string;
  endsAt: string;
  location: string;
  description: string;
  outcome: string;
  outcomeNotes: string;
  accountId: string;
  opportunityId: string;
  attendeeContactIds: string[];
};

const LABELS: Record<string, string> = {
  subject: "Subject",
  type: "Type",
  status: "Status",
  location: "Location",
  outcome: "Outcome",
  outcomeNotes: "Outcome notes",
  description: "Description",
};

/** A datetime-local value as an ISO instant; the browser knows the rep's time zone. */
function toInstant(local: string): string {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

export function EventForm({
  initial,
  edit,
  serves,
  contacts,
}: {
  initial: EventValues;
  edit?: { id: string; version: number };
  serves: {
    account: { id: string; partyGroupName: string } | null;
    opportunity: { id: string; name: string } | null;
  };
  contacts: { id: string; foreName: string; surname: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.events.create.mutationOptions());
  const update = useMutation(trpc.events.update.mutationOptions());
  const save = edit ? update : create;
  const [v, setV] = useState(initial);
  const set = (key: keyof EventValues) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(save.error);
  const current = conflictCurrent(save.error);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const payload = {
      ...v,
      type: v.type as (typeof TYPES)[number],
      outcome: v.outcome as "",
      startsAt: toInstant(v.startsAt),
      endsAt: toInstant(v.endsAt),
    };
    const done = (id: string) => router.push(`/events/${id}`);
    if (edit) update.mutate({ ...payload, ...edit }, { onSuccess: () => done(edit.id) });
    else create.mutate(payload, { onSuccess: (ev) => done(ev.id) });
  }
  const toggleContact = (id: string) =>
    setV((s) => ({
      ...s,
      attendeeContactIds: s.attendeeContactIds.includes(id)
        ? s.attendeeContactIds.filter((c) => c !== id)
        : [...s.attendeeContactIds, id],
    }));

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={edit ? "Edit event" : "New event"}
      className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      {(serves.account || serves.opportunity) && (
        <p className="text-sm text-slate-700" data-testid="event-serves">
          For{" "}
          {serves.opportunity && (
            <Link
              className="font-medium text-blue-700 hover:underline"
              href={`/opportunities/${serves.opportunity.id}`}
            >
              {serves.opportunity.name}
            </Link>
          )}
          {serves.opportunity && serves.account && " · "}
          {serves.account && (
            <Link
              className="font-medium text-blue-700 hover:underline"
              href={`/accounts/${serves.account.id}`}
            >
              {serves.account.partyGroupName}
            </Link>
          )}
        </p>
      )}
      <div className="grid grid-cols-2 gap-3">
        <div className="col-span-2">
          <Field label="Subject" required error={errors.field("subject")}>
            {(ids) => <Input {...ids} value={v.subject} onChange={set("subject")} />}
          </Field>
        </div>
        <Field label="Type" required error={errors.field("type")}>
          {(ids) => (
            <Select {...ids} value={v.type} onChange={set("type")}>
              <option value="">Choose…</option>
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {enumLabel(t)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Location" error={errors.field("location")}>
          {(ids) => <Input {...ids} value={v.location} onChange={set("location")} />}
        </Field>
        <Field label="Starts" required error={errors.field("startsAt")}>
          {(ids) => <Input {...ids} type="datetime-local" value={v.startsAt} onChange={set("startsAt")} />}
        </Field>
        <Field label="Ends" required error={errors.field("endsAt")}>
          {(ids) => <Input {...ids} type="datetime-local" value={v.endsAt} onChange={set("endsAt")} />}
        </Field>
        {edit && (
          <>
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
            <Field label="Outcome" error={errors.field("outcome")}>
              {(ids) => (
                <Select {...ids} value={v.outcome} onChange={set("outcome")}>
                  <option value="">Not yet</option>
                  {OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {enumLabel(o)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <div className="col-span-2">
              <Field label="Outcome notes" error={errors.field("outcomeNotes")}>
                {(ids) => <Textarea {...ids} value={v.outcomeNotes} onChange={set("outcomeNotes")} />}
              </Field>
            </div>
          </>
        )}
        <div className="col-span-2">
          <Field label="Description" error={errors.field("description")}>
            {(ids) => <Textarea {...ids} value={v.description} onChange={set("description")} />}
          </Field>
        </div>
      </div>
      {contacts.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="text-xs font-medium text-slate-700">
            Attendees from the account (you attend)
          </legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {contacts.map((c) => (
              <label key={c.id} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  checked={v.attendeeContactIds.includes(c.id)}
                  onChange={() => toggleContact(c.id)}
                />
                {c.foreName} {c.surname}
              </label>
            ))}
          </div>
        </fieldset>
      )}
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
        <Button href={edit ? `/events/${edit.id}` : "/events"} variant="ghost">
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {edit ? "Save event" : "Create event"}
        </Button>
      </div>
    </form>
  );
}
