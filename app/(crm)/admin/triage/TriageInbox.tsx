"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Inbox, Trash2, UserCheck } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import {
  Badge,
  Button,
  Card,
  DataTable,
  EmptyState,
  ErrorState,
  Field,
  Input,
  LoadingState,
} from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { RecordPicker, type Picked } from "../../campaigns/_components/RecordPicker.tsx";
import type { listTriage } from "@/server/messaging/imap/triage.ts";

type Entry = Awaited<ReturnType<typeof listTriage>>["items"][number];
type Selected = { entry: Entry; mode: "assign" | "discard" };
type Done = { text: string; href?: string };
type FormProps = { entry: Entry; onDone: (d: Done) => void; onCancel: () => void };

function AssignForm({ entry, onDone, onCancel }: FormProps) {
  const trpc = useTRPC();
  const assign = useMutation(trpc.inbox.assign.mutationOptions());
  const [contact, setContact] = useState<Picked | null>(null);
  const errors = serverErrors(assign.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!contact) return;
    assign.mutate(
      { id: entry.id, contactId: contact.id },
      {
        onSuccess: (r) =>
          onDone({ text: `Filed on ${contact.title}'s account timeline.`, href: `/accounts/${r.accountId}` }),
        onError: () => onDone({ text: "" }),
      },
    );
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Assign to a contact"
      className="flex flex-wrap items-end gap-3"
    >
      <Field
        label="Contact"
        required
        className="w-80"
        hint="The e-mail becomes an inbound interaction on this contact's account"
        error={errors.field("contactId") ?? (errors.form && !errors.field("id") ? errors.form : undefined)}
      >
        {(ids) => <RecordPicker {...ids} type="contact" value={contact} onChange={setContact} />}
      </Field>
      <Button type="submit" variant="primary" disabled={!contact || assign.isPending}>
        <UserCheck aria-hidden /> {assign.isPending ? "Assigning…" : "Assign"}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}

function DiscardForm({ entry, onDone, onCancel }: FormProps) {
  const trpc = useTRPC();
  const discard = useMutation(trpc.inbox.discard.mutationOptions());
  const [reason, setReason] = useState("");
  const errors = serverErrors(discard.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    discard.mutate(
      { id: entry.id, reason },
      {
        onSuccess: () => onDone({ text: "Discarded. The reason is in the audit log." }),
        onError: () => onDone({ text: "" }),
      },
    );
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Discard the message"
      className="flex flex-wrap items-end gap-3"
    >
      <Field
        label="Reason"
        required
        className="w-80"
        hint="Kept in the audit log, e.g. spam, newsletter"
        error={errors.field("reason") ?? errors.form}
      >
        {(ids) => (
          <Input
            {...ids}
            autoFocus
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="danger" disabled={discard.isPending}>
        <Trash2 aria-hidden /> {discard.isPending ? "Discarding…" : "Discard"}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}

/** The triage list with its two actions; the list reloads after each, and after a refusal. */
export function TriageInbox({ mailboxConfigured }: { mailboxConfigured: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.inbox.triage.queryOptions());
  const [selected, setSelected] = useState<Selected | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const finish = (d: Done) => {
    void queryClient.invalidateQueries({ queryKey: trpc.inbox.triage.queryKey() });
    // A refusal (someone else handled it first) keeps the form open with its message.
    if (d.text) {
      setSelected(null);
      setDone(d);
    }
  };

  if (list.isPending) return <LoadingState rows={6} columns={4} label="Loading the triage list" />;
  if (list.isError)
    return (
      <ErrorState
        title="The triage list could not be loaded"
        message={list.error.message}
        onRetry={() => void list.refetch()}
      />
    );

  const { items, total } = list.data;
  return (
    <div className="space-y-3">
      {!mailboxConfigured && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-[13px] text-amber-900"
        >
          No mailbox is configured (IMAP_URL), so no e-mail is being read: nothing new will arrive here.
        </p>
      )}
      {done && (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-[13px] text-green-900"
        >
          {done.text}{" "}
          {done.href && (
            <Link href={done.href} className="text-blue-700 hover:underline">
              Open the account
            </Link>
          )}
        </p>
      )}
      {selected && (
        <Card className="space-y-3 p-4">
          <div className="text-[13px]">
            <p className="font-medium text-slate-900">
              {selected.mode === "assign" ? "Assign" : "Discard"} “{selected.entry.subject ?? "(no subject)"}”
            </p>
            <p className="text-xs text-slate-600">
              From {selected.entry.fromAddress} · received {formatDateTime(selected.entry.receivedAt)}
            </p>
          </div>
          {selected.mode === "assign" ? (
            <AssignForm
              key={selected.entry.id}
              entry={selected.entry}
              onDone={finish}
              onCancel={() => setSelected(null)}
            />
          ) : (
            <DiscardForm
              key={selected.entry.id}
              entry={selected.entry}
              onDone={finish}
              onCancel={() => setSelected(null)}
            />
          )}
        </Card>
      )}
      {items.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title="Nothing waiting for triage"
          description="Replies to our e-mails and messages from known contacts go straight to the account timelines."
        />
      ) : (
        <>
          <DataTable<Entry>
            caption="Messages waiting for triage"
            rows={items}
            getRowKey={(e) => e.id}
            columns={[
              {
                key: "message",
                header: "Message",
                // Width capped per screen so the actions stay in view beside the Comms panel.
                cell: (e) => (
                  <span className="block max-w-[10rem] lg:max-w-[12rem] xl:max-w-[30rem] 2xl:max-w-[44rem]">
                    <span className="block truncate font-medium text-slate-900">{e.fromAddress}</span>
                    <span className="block truncate text-slate-900">{e.subject ?? "(no subject)"}</span>
                    {e.excerpt && <span className="block truncate text-xs text-slate-600">{e.excerpt}</span>}
                  </span>
                ),
              },
              {
                key: "received",
                header: "Received",
                // The actions sit under the date, so the row fits beside the Comms panel at 1024 px.
                cell: (e) => (
                  <span className="block space-y-1">
                    <span className="block whitespace-nowrap">{formatDateTime(e.receivedAt)}</span>
                    <span className="flex gap-1.5">
                      <Button
                        size="sm"
                        aria-label={`Assign the message from ${e.fromAddress} to a contact`}
                        onClick={() => {
                          setDone(null);
                          setSelected({ entry: e, mode: "assign" });
                        }}
                      >
                        <UserCheck aria-hidden /> Assign
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Discard the message from ${e.fromAddress}`}
                        onClick={() => {
                          setDone(null);
                          setSelected({ entry: e, mode: "discard" });
                        }}
                      >
                        <Trash2 aria-hidden /> Discard
                      </Button>
                    </span>
                  </span>
                ),
              },
            ]}
          />
          <p className="text-xs text-slate-600">
            <Badge tone="neutral">{total}</Badge> waiting
            {total > items.length ? `, the newest ${items.length} shown` : ""}
          </p>
        </>
      )}
    </div>
  );
}
