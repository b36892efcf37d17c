"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Download, Paperclip, Trash2 } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";
import { attachmentsOf } from "@/app/_components/forms/file-base64.ts";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

export type AttachmentRow = { id: string; fileName: string; mimeType: string; sizeBytes: number };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** An interaction's Attachment list: download, remove, and add files after the fact. */
export function InteractionAttachments({
  interactionId,
  interactionName,
  rows,
}: {
  interactionId: string;
  interactionName: string;
  rows: AttachmentRow[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const add = useMutation(trpc.attachments.add.mutationOptions({ onSuccess: () => router.refresh() }));
  const remove = useMutation(trpc.attachments.remove.mutationOptions({ onSuccess: () => router.refresh() }));
  const addErrors = serverErrors(add.error);
  const addError =
    addErrors.field("attachments") ?? addErrors.field("attachments.0.base64") ?? addErrors.form;
  const inputId = `attach-${interactionId}`;

  async function onFiles(files: File[]) {
    if (!files.length) return;
    setReading(true);
    try {
      add.mutate({ interactionId, attachments: await attachmentsOf(files) });
    } finally {
      setReading(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="space-y-2 px-3 py-2" aria-label={`Attachments of ${interactionName}`} role="group">
      {rows.length === 0 ? (
        <p className="text-[13px] text-slate-600">No attachments.</p>
      ) : (
        <ul className="space-y-1">
          {rows.map((a) => (
            <li key={a.id} className="flex items-center gap-3 text-[13px]">
              <Paperclip aria-hidden size={13} className="text-slate-500" />
              <a
                href={`/attachments/${a.id}`}
                download
                className="inline-flex min-w-0 items-center gap-1 font-medium text-blue-700 hover:underline"
              >
                <span className="truncate">{a.fileName}</span>
                <Download aria-hidden size={12} />
                <span className="sr-only">Download</span>
              </a>
              <span className="text-slate-600 tabular-nums">{formatBytes(a.sizeBytes)}</span>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${a.fileName}`}
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(`Remove ${a.fileName}?`)) remove.mutate({ id: a.id });
                }}
              >
                <Trash2 aria-hidden size={13} /> Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="text-[13px] font-medium text-slate-700">
          Add attachment
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          className="text-[13px]"
          aria-describedby={addError ? `${inputId}-error` : `${inputId}-hint`}
          aria-invalid={addError ? true : undefined}
          disabled={reading || add.isPending}
          onChange={(e) => void onFiles(Array.from(e.target.files ?? []))}
        />
        <span id={`${inputId}-hint`} className="text-xs text-slate-600">
          Up to 5 files at a time, 2 MB each
        </span>
      </div>
      {addError && (
        <p id={`${inputId}-error`} className="text-xs text-red-700">
          {addError}
        </p>
      )}
      {remove.error && <p className="text-xs text-red-700">{serverErrors(remove.error).form}</p>}
    </div>
  );
}
