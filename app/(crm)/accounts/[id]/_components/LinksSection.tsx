"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { ExternalLink, Pencil, Plus, Trash2 } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { externalHref } from "@/app/_components/external-href.ts";

type LinkRow = { id: string; title: string; url: string; description: string | null; version: number };

/** Seed 001's Links: the account's links, added, edited and removed here. */
export function LinksSection({ accountId, rows }: { accountId: string; rows: LinkRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const remove = useMutation(trpc.links.delete.mutationOptions({ onSuccess: () => router.refresh() }));

  return (
    <section aria-labelledby="links-heading" className="space-y-2">
      <div className="flex items-center justify-between">
        <h3 id="links-heading" className="text-sm font-semibold text-slate-800">
          Links
        </h3>
        {editing !== "new" && (
          <Button size="sm" onClick={() => setEditing("new")}>
            <Plus aria-hidden size={14} /> Add link
          </Button>
        )}
      </div>
      {editing === "new" && <LinkForm accountId={accountId} onDone={() => setEditing(null)} />}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No links.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-[13px]">
          {rows.map((l) =>
            editing === l.id ? (
              <li key={l.id} className="p-2">
                <LinkForm accountId={accountId} link={l} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={l.id} className="flex items-center justify-between gap-3 px-3 py-1.5">
                <span className="min-w-0">
                  {externalHref(l.url) ? (
                    <a
                      href={externalHref(l.url)!}
                      target="_blank"
                      rel="noreferrer"
                      className="inline-flex items-center gap-1 font-medium text-blue-700 hover:underline"
                    >
                      {l.title} <ExternalLink aria-hidden size={12} />
                    </a>
                  ) : (
                    <span
                      title="This address is not a web or mail address, so it is not offered as a link."
                      className="font-medium text-slate-700"
                    >
                      {l.title} (address not shown as a link)
                    </span>
                  )}
                  {l.description && <span className="ml-2 text-slate-600">{l.description}</span>}
                  <span className="block truncate text-xs text-slate-500">{l.url}</span>
                </span>
                <span className="flex shrink-0 items-center gap-1">
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Edit ${l.title}`}
                    onClick={() => setEditing(l.id)}
                  >
                    <Pencil aria-hidden size={13} /> Edit
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove ${l.title}`}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(`Remove the link ${l.title}?`)) remove.mutate({ id: l.id });
                    }}
                  >
                    <Trash2 aria-hidden size={13} /> Remove
                  </Button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      {remove.error && <p className="text-xs text-red-700">{serverErrors(remove.error).form}</p>}
    </section>
  );
}

function LinkForm({ accountId, link, onDone }: { accountId: string; link?: LinkRow; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const done = { onSuccess: () => (onDone(), router.refresh()) };
  const create = useMutation(trpc.links.create.mutationOptions(done));
  const update = useMutation(trpc.links.update.mutationOptions(done));
  const pending = create.isPending || update.isPending;
  const errors = serverErrors(link ? update.error : create.error);
  const [v, setV] = useState({
    title: link?.title ?? "",
    url: link?.url ?? "https://",
    description: link?.description ?? "",
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (link) update.mutate({ id: link.id, version: link.version, ...v });
    else create.mutate({ accountId, ...v });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={link ? `Edit link ${link.title}` : "New link"}
      className="space-y-3 rounded-lg border border-blue-200 bg-white p-3"
    >
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Title" required error={errors.field("title")}>
          {(ids) => <Input {...ids} value={v.title} onChange={set("title")} maxLength={200} />}
        </Field>
        <Field label="Address" required hint="A web address: https://…" error={errors.field("url")}>
          {(ids) => <Input {...ids} type="url" value={v.url} onChange={set("url")} />}
        </Field>
        <Field label="Description" error={errors.field("description")}>
          {(ids) => <Input {...ids} value={v.description} onChange={set("description")} />}
        </Field>
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
        <Button type="submit" variant="primary" disabled={pending}>
          {link ? "Save link" : "Add link"}
        </Button>
      </div>
    </form>
  );
}
