"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

type Props = { id: string; name: string; kind: string; replyUrl: string | null; updatedAt: Date | string };

/**
 * A chat integration's reply endpoint, edited in place. The save carries the version the row was
 * loaded with, so an edit made on a stale page is refused with a reload hint, not applied.
 */
export function ReplyEndpointCell({ id, name, kind, replyUrl, updatedAt }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.telephony.setReplyUrl.mutationOptions());
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(replyUrl ?? "");
  if (kind !== "CHAT")
    return (
      <span className="text-slate-400" title="Only chat providers take replies">
        —
      </span>
    );
  const errors = serverErrors(save.error);
  const error = errors.field("replyUrl") ?? errors.form;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { id, replyUrl: value, expectedUpdatedAt: new Date(updatedAt).toISOString() },
      {
        onSuccess: () => {
          setEditing(false);
          router.refresh();
        },
      },
    );
  };
  if (!editing)
    return (
      <span className="flex items-center gap-1">
        {replyUrl ? (
          <code className="block max-w-48 font-mono text-xs break-all">{replyUrl}</code>
        ) : (
          <span className="text-xs text-amber-800">None: replies are not sent</span>
        )}
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Edit the reply endpoint of ${name}`}
          title="Edit the reply endpoint"
          onClick={() => {
            setValue(replyUrl ?? "");
            save.reset();
            setEditing(true);
          }}
        >
          <Pencil aria-hidden />
        </Button>
      </span>
    );
  const errorId = `reply-url-error-${id}`;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-1 whitespace-normal">
      <span className="flex flex-wrap items-center gap-1">
        <Input
          aria-label={`Reply endpoint of ${name}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={value}
          autoFocus
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && setEditing(false)}
          placeholder="https://chat.example/replies"
          className="w-full min-w-40 text-xs"
        />
        <Button type="submit" size="sm" variant="primary" disabled={save.isPending}>
          Save
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </span>
      {error && (
        <span id={errorId} role="alert" className="max-w-[20rem] text-xs text-red-700">
          {error}
        </span>
      )}
    </form>
  );
}
