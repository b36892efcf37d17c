"use client";

import { useDeferredValue, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Field, Input, Select } from "@/app/_components/ui";

/** The saved template rendered on a real account and contact, as a rep would get it. */
export function TemplatePreview({
  templateId,
  culture,
  stale,
}: {
  templateId: string;
  culture: string;
  stale: boolean;
}) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [accountId, setAccountId] = useState("");
  const [contactId, setContactId] = useState("");
  const deferred = useDeferredValue(query);
  const records = useQuery(trpc.templates.previewRecords.queryOptions({ query: deferred }));
  const account = records.data?.find((a) => a.id === accountId);
  const preview = useQuery({
    ...trpc.templates.render.queryOptions({
      templateId,
      accountId,
      contactId: contactId || undefined,
      culture,
    }),
    enabled: Boolean(accountId),
  });

  return (
    <section aria-label="Preview" className="mt-4 space-y-3 border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold text-slate-800">Preview on a record ({culture})</h3>
      {stale && (
        <p className="text-xs text-amber-800">
          The preview shows the saved template: save to see your changes.
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Find an account">
          {(ids) => (
            <Input
              {...ids}
              type="search"
              value={query}
              placeholder="Account name"
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
        </Field>
        <Field label="Account" error={records.isError ? records.error.message : undefined}>
          {(ids) => (
            <Select
              {...ids}
              value={accountId}
              onChange={(e) => {
                setAccountId(e.target.value);
                setContactId("");
              }}
            >
              <option value="">
                {records.isPending
                  ? "Loading…"
                  : records.data?.length
                    ? "Choose an account"
                    : "No account matches"}
              </option>
              {records.data?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.partyGroupName}
                  {a.culture ? ` (${a.culture})` : ""}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Contact">
          {(ids) => (
            <Select
              {...ids}
              value={contactId}
              disabled={!account}
              onChange={(e) => setContactId(e.target.value)}
            >
              <option value="">{account && account.contacts.length === 0 ? "No contacts" : "—"}</option>
              {account?.contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.foreName} {c.surname}
                  {c.culture ? ` (${c.culture})` : ""}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {!accountId ? (
        <p className="text-xs text-slate-600">
          Choose an account (and a contact) to see the message filled in.
        </p>
      ) : preview.isPending ? (
        <p className="text-xs text-slate-600">Rendering…</p>
      ) : preview.isError ? (
        <p role="alert" className="text-xs text-red-700">
          {preview.error.message}
        </p>
      ) : (
        <div
          data-testid="template-preview"
          className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
        >
          <p className="text-xs text-slate-700">
            Rendered in <strong>{preview.data.culture}</strong>
            {preview.data.fellBack && ` (no ${preview.data.preferred} version)`}.
            {preview.data.missing.length > 0 && (
              <span className="text-amber-800">
                {" "}
                No value on this record for {preview.data.missing.map((m) => `{{${m}}}`).join(", ")}: left
                empty.
              </span>
            )}
          </p>
          {preview.data.subject !== null && (
            <p className="text-[13px]">
              <span className="text-slate-600">Subject: </span>
              <span data-testid="preview-subject" className="font-medium text-slate-900">
                {preview.data.subject}
              </span>
            </p>
          )}
          <pre
            data-testid="preview-body"
            className="font-sans text-[13px] whitespace-pre-wrap text-slate-900"
          >
            {preview.data.body}
          </pre>
        </div>
      )}
    </section>
  );
}
