"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import {
  Button,
  Card,
  ErrorState,
  Field,
  Input,
  LoadingState,
  Select,
  Tabs,
  Textarea,
} from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { CULTURE_PATTERN, OFFERED_CULTURES } from "@/server/templates/cultures.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { PlaceholderPicker } from "./PlaceholderPicker.tsx";
import { TemplatePreview } from "./TemplatePreview.tsx";

const CHANNELS = ["EMAIL", "SMS", "CHAT"] as const;
type Version = { culture: string; subject: string; body: string };
type Draft = { name: string; channel: (typeof CHANNELS)[number]; isMarketing: boolean; versions: Version[] };

const EMPTY: Draft = {
  name: "",
  channel: "EMAIL",
  isMarketing: false,
  versions: [{ culture: "en-GB", subject: "", body: "" }],
};

/** Loads a template (or starts a new one) and hands it to the form. */
export function TemplateEditor({ id, onClose }: { id: string | null; onClose: () => void }) {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.templates.get.queryOptions({ id: id ?? "" }), enabled: Boolean(id) });
  if (id && q.isPending) return <LoadingState />;
  if (id && q.isError) return <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />;
  const draft: Draft = q.data
    ? {
        name: q.data.name,
        channel: q.data.channel as Draft["channel"],
        isMarketing: q.data.isMarketing,
        versions: q.data.versions.map((v) => ({ ...v, subject: v.subject ?? "" })),
      }
    : EMPTY;
  return <TemplateForm id={id} version={q.data?.version} initial={draft} onClose={onClose} />;
}

function TemplateForm({
  id,
  version,
  initial,
  onClose,
}: {
  id: string | null;
  version?: number;
  initial: Draft;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [d, setD] = useState<Draft>(initial);
  const [savedId, setSavedId] = useState(id);
  const [savedVersion, setSavedVersion] = useState(version);
  const [active, setActive] = useState(initial.versions[0]?.culture ?? "en-GB");
  const [newCulture, setNewCulture] = useState("");
  const [saved, setSaved] = useState(false);
  // The field the placeholder picker inserts into: the last subject or body that had the focus.
  const target = useRef<{
    el: HTMLInputElement | HTMLTextAreaElement;
    index: number;
    field: "subject" | "body";
  } | null>(null);
  const onSaved = (t: { id: string; version: number }) => {
    setSavedId(t.id);
    setSavedVersion(t.version);
    setSaved(true);
    router.refresh();
  };
  const create = useMutation(trpc.templates.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.templates.update.mutationOptions({ onSuccess: onSaved }));
  const remove = useMutation(
    trpc.templates.delete.mutationOptions({
      onSuccess: () => {
        router.refresh();
        onClose();
      },
    }),
  );
  const mutation = savedId ? update : create;
  const errors = serverErrors(mutation.error);
  const email = d.channel === "EMAIL";

  const setVersion = (index: number, patch: Partial<Version>) => {
    setSaved(false);
    setD((s) => ({ ...s, versions: s.versions.map((v, i) => (i === index ? { ...v, ...patch } : v)) }));
  };

  function insert(token: string) {
    const t = target.current;
    if (!t) return;
    const { el, index, field } = t;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    setVersion(index, { [field]: el.value.slice(0, start) + token + el.value.slice(end) });
    // Put the cursor after the inserted placeholder once React has written the value.
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function addCulture() {
    const c = newCulture.trim();
    if (!CULTURE_PATTERN.test(c) || d.versions.some((v) => v.culture === c)) return;
    setD((s) => ({ ...s, versions: [...s.versions, { culture: c, subject: "", body: "" }] }));
    setActive(c);
    setNewCulture("");
  }

  function save() {
    setSaved(false);
    const body = { ...d, versions: d.versions.map((v) => ({ ...v, subject: email ? v.subject : null })) };
    if (savedId && savedVersion) update.mutate({ id: savedId, version: savedVersion, ...body });
    else create.mutate(body);
  }

  const missingCultures = OFFERED_CULTURES.filter((c) => !d.versions.some((v) => v.culture === c));
  const cultureInvalid = newCulture !== "" && !CULTURE_PATTERN.test(newCulture.trim());

  return (
    <Card title={savedId ? `Edit “${initial.name || d.name}”` : "New template"}>
      <form
        aria-label="Template"
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-[2fr_1fr_auto]">
          <Field label="Name" required error={errors.field("name")}>
            {(ids) => (
              <Input
                {...ids}
                value={d.name}
                onChange={(e) => {
                  setSaved(false);
                  setD({ ...d, name: e.target.value });
                }}
              />
            )}
          </Field>
          <Field label="Channel" required error={errors.field("channel")}>
            {(ids) => (
              <Select
                {...ids}
                value={d.channel}
                onChange={(e) => setD({ ...d, channel: e.target.value as Draft["channel"] })}
              >
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {enumLabel(c)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <label className="flex items-center gap-2 self-end pb-1.5 text-[13px] text-slate-800">
            <input
              type="checkbox"
              checked={d.isMarketing}
              onChange={() => setD({ ...d, isMarketing: !d.isMarketing })}
            />
            Marketing (needs consent)
          </label>
        </div>

        <div className="flex flex-wrap items-end gap-2">
          <Field label="Add a culture" error={cultureInvalid ? "Use a tag such as it-IT" : undefined}>
            {(ids) => (
              <Input
                {...ids}
                list="template-cultures"
                value={newCulture}
                placeholder={missingCultures[0] ?? "it-IT"}
                className="w-32"
                onChange={(e) => setNewCulture(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    addCulture();
                  }
                }}
              />
            )}
          </Field>
          <datalist id="template-cultures">
            {missingCultures.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Button size="md" onClick={addCulture} disabled={!newCulture || cultureInvalid}>
            Add culture
          </Button>
          <div className="min-w-0 lg:ml-auto">
            <PlaceholderPicker onPick={insert} />
          </div>
        </div>
        {errors.field("versions") && <p className="text-xs text-red-700">{errors.field("versions")}</p>}

        <Tabs
          key={d.versions.map((v) => v.culture).join(",")}
          label="Cultures"
          initial={active}
          onChange={setActive}
          tabs={d.versions.map((v, i) => ({
            id: v.culture,
            label: v.culture,
            content: (
              <div className="space-y-3">
                {errors.field(`versions.${i}.culture`) && (
                  <p className="text-xs text-red-700">{errors.field(`versions.${i}.culture`)}</p>
                )}
                {email && (
                  <Field
                    label={`Subject (${v.culture})`}
                    required
                    error={errors.field(`versions.${i}.subject`)}
                  >
                    {(ids) => (
                      <Input
                        {...ids}
                        value={v.subject}
                        onFocus={(e) =>
                          (target.current = { el: e.currentTarget, index: i, field: "subject" })
                        }
                        onChange={(e) => setVersion(i, { subject: e.target.value })}
                      />
                    )}
                  </Field>
                )}
                <Field label={`Body (${v.culture})`} required error={errors.field(`versions.${i}.body`)}>
                  {(ids) => (
                    <Textarea
                      {...ids}
                      rows={8}
                      value={v.body}
                      onFocus={(e) => (target.current = { el: e.currentTarget, index: i, field: "body" })}
                      onChange={(e) => setVersion(i, { body: e.target.value })}
                    />
                  )}
                </Field>
                {d.versions.length > 1 && (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => {
                      setD((s) => ({ ...s, versions: s.versions.filter((_, j) => j !== i) }));
                      setActive(d.versions[i === 0 ? 1 : 0]!.culture);
                    }}
                  >
                    <Trash2 aria-hidden /> Remove {v.culture}
                  </Button>
                )}
              </div>
            ),
          }))}
        />

        {(errors.form || remove.error) && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {errors.form ?? remove.error?.message}
          </p>
        )}
        {saved && (
          <p role="status" className="text-sm text-green-800">
            Saved.
          </p>
        )}
        <div className="flex justify-end gap-2">
          {savedId && (
            <Button
              variant="ghost"
              onClick={() => remove.mutate({ id: savedId })}
              disabled={remove.isPending}
            >
              Delete
            </Button>
          )}
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending}>
            {mutation.isPending ? "Saving…" : "Save template"}
          </Button>
        </div>
      </form>
      {savedId ? (
        <TemplatePreview templateId={savedId} culture={active} stale={!saved && savedVersion !== undefined} />
      ) : (
        <p className="mt-4 border-t border-slate-200 pt-3 text-xs text-slate-600">
          Save the template to preview it on a real record.
        </p>
      )}
    </Card>
  );
}
