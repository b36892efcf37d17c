"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Paperclip, X } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Textarea } from "@/app/_components/ui";
import { attachmentsOf } from "@/app/_components/forms/file-base64.ts";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { MessageStateBadge, isPending } from "./MessageStateBadge.tsx";

// The limits the server enforces (server/attachments/store-attachments.ts, interaction-schema.ts),
// checked here too so an oversize file is refused before it is read or uploaded.
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 5;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : mb(bytes);

/**
 * "Send email" from the action panel: writes an EMAIL interaction with send:true through
 * interactions.create (the one send path), then follows its message until it leaves or fails.
 * It says "Queued" until the outbox reports a server's answer, never "Sent" before.
 */
export function ComposeEmailDialog({
  accountId,
  contactId,
  onClose,
}: {
  accountId: string;
  contactId: string | null;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  const defaults = useQuery(
    trpc.messages.composeDefaults.queryOptions({ accountId, contactId: contactId ?? undefined }),
  );
  const [to, setTo] = useState<string | null>(null);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [asText, setAsText] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string>();
  const [toError, setToError] = useState<string>();
  const create = useMutation(trpc.interactions.create.mutationOptions());
  const created = create.data;
  const messages = useQuery({
    ...trpc.messages.forInteractions.queryOptions({ interactionIds: created ? [created.id] : [] }),
    enabled: !!created,
    // Follow the message while it is on its way; stop once the outbox has an answer.
    refetchInterval: (q) => (q.state.data?.[0] && !isPending(q.state.data[0].state) ? false : 1000),
  });
  const message = messages.data?.[0];

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const toValue = to ?? defaults.data?.to ?? "";
  const errors = serverErrors(create.error);

  const pickFiles = (picked: FileList | null) => {
    const list = [...files, ...Array.from(picked ?? [])];
    const big = list.find((f) => f.size > MAX_BYTES);
    if (big) return setFileError(`${big.name} is ${mb(big.size)}; each attachment may be at most 2 MB.`);
    if (list.length > MAX_FILES) return setFileError(`At most ${MAX_FILES} attachments.`);
    setFileError(undefined);
    setFiles(list);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!EMAIL.test(toValue.trim())) return setToError("Enter a valid email address");
    setToError(undefined);
    create.mutate({
      accountId,
      contactId: contactId ?? undefined,
      send: true,
      planning: { name: subject.trim() || "Email", type: "EMAIL", emailAddress: toValue.trim() },
      result: { communicationChannel: "EMAIL", subject, body, sendMsgAsText: asText },
      attachments: await attachmentsOf(files),
    });
  };

  const close = () => {
    dialog.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="compose-email-title"
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/30"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id="compose-email-title" className="text-sm font-semibold">
          Send email{defaults.data ? ` · ${defaults.data.accountName}` : ""}
        </h2>
        <button type="button" onClick={close} aria-label="Close" className="rounded p-1 hover:bg-slate-100">
          <X aria-hidden size={16} />
        </button>
      </div>
      {created ? (
        <div className="space-y-3 px-4 py-4" role="status" aria-live="polite">
          <p className="flex items-center gap-2 text-sm">
            To <span className="font-medium">{toValue}</span>
            <MessageStateBadge state={message?.state ?? "QUEUED"} reply={message?.lastReply} />
          </p>
          {message?.lastReply && !isPending(message.state) && (
            <p className="text-xs break-words text-slate-600" data-testid="message-reply">
              {message.state === "SENT" ? "Server's reply: " : ""}
              {message.lastReply}
            </p>
          )}
          {messages.isError && (
            <p className="text-xs text-red-700">Could not check the message&apos;s state.</p>
          )}
          <p className="text-xs text-slate-600">It is logged on the account&apos;s interactions.</p>
          <div className="flex justify-end">
            <Button size="sm" onClick={close}>
              Close
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-3 px-4 py-3">
          {defaults.isError && (
            <p role="alert" className="text-xs text-red-700">
              Could not load this customer&apos;s address: {defaults.error.message}
            </p>
          )}
          {defaults.data && !defaults.data.emailConfigured && (
            <p className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900">
              No mail server is configured (SMTP_URL): the message will wait in Admin → Outbox, not sent.
            </p>
          )}
          <Field label="To" required error={toError ?? errors.field("planning.emailAddress")}>
            {(ids) => (
              <Input
                {...ids}
                type="email"
                value={toValue}
                onChange={(e) => (setTo(e.target.value), setToError(undefined))}
                autoComplete="off"
                maxLength={320}
              />
            )}
          </Field>
          <Field label="Subject" error={errors.field("result.subject")}>
            {(ids) => (
              <Input {...ids} value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={255} />
            )}
          </Field>
          <Field label="Body" required error={errors.field("result.body")}>
            {(ids) => <Textarea {...ids} rows={7} value={body} onChange={(e) => setBody(e.target.value)} />}
          </Field>
          <div className="flex flex-wrap items-center gap-4 text-[13px]">
            <label className="inline-flex items-center gap-1.5">
              <input type="checkbox" checked={asText} onChange={(e) => setAsText(e.target.checked)} />
              Send as text
            </label>
            <label className="inline-flex cursor-pointer items-center gap-1.5 text-blue-700 hover:underline">
              <Paperclip aria-hidden size={14} /> Attach files
              <input
                type="file"
                multiple
                className="sr-only"
                onChange={(e) => (pickFiles(e.target.files), (e.target.value = ""))}
              />
            </label>
            <span className="text-xs text-slate-500">Up to 5 files, 2 MB each</span>
          </div>
          {fileError && (
            <p role="alert" className="text-xs text-red-700">
              {fileError}
            </p>
          )}
          {files.length > 0 && (
            <ul className="space-y-1 text-xs" aria-label="Attachments">
              {files.map((f, i) => (
                <li key={`${f.name}-${i}`} className="flex items-center gap-2">
                  <span className="truncate">{f.name}</span>
                  <span className="text-slate-500 tabular-nums">{size(f.size)}</span>
                  <button
                    type="button"
                    className="text-slate-600 hover:text-red-700"
                    aria-label={`Remove ${f.name}`}
                    onClick={() => setFiles(files.filter((_, j) => j !== i))}
                  >
                    <X aria-hidden size={12} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          {errors.form && (
            <p role="alert" className="text-xs text-red-700">
              {errors.form}
            </p>
          )}
          <div className="flex justify-end gap-2 border-t border-slate-100 pt-3">
            <Button size="sm" variant="ghost" type="button" onClick={close}>
              Cancel
            </Button>
            <Button
              size="sm"
              variant="primary"
              type="submit"
              disabled={create.isPending || defaults.isPending}
            >
              {create.isPending ? "Queuing…" : "Send"}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
