"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";

/**
 * "Start chat" in the action panel: enabled when a chat integration can open conversations (it has
 * a reply endpoint) and the contact has a handle; otherwise disabled with the reason as its title.
 * The first message is typed in place; the new chat then appears in the chat panel via the stream.
 */
export function StartChatButton({
  contactId,
  className,
  children,
}: {
  contactId: string | null;
  className: string;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const availability = useQuery({
    ...trpc.telephony.startChatAvailability.queryOptions({ contactId: contactId ?? "" }),
    enabled: !!contactId,
  });
  const start = useMutation(trpc.telephony.startChat.mutationOptions());
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const reason = !contactId
    ? "Choose a contact to chat with"
    : availability.data && !availability.data.available
      ? availability.data.reason
      : availability.isError
        ? "Could not check the chat provider"
        : undefined;
  const handle = availability.data?.available ? availability.data.handle : null;
  const ready = handle !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!contactId) return;
    start.mutate(
      { contactId, text },
      {
        onSuccess: () => {
          setText("");
          setOpen(false);
        },
      },
    );
  };
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={!ready}
        title={reason ?? (handle ? `Chat with ${handle}` : undefined)}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {children}
      </button>
      {open && ready && (
        <form onSubmit={submit} noValidate aria-label="Start chat" className="mt-1 flex gap-1.5">
          <label htmlFor={`start-chat-${contactId}`} className="sr-only">
            First message
          </label>
          <input
            id={`start-chat-${contactId}`}
            value={text}
            autoFocus
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
            placeholder="First message…"
            className="h-7 min-w-0 flex-1 rounded-md border border-slate-300 px-2 text-xs focus:border-blue-500 focus:outline-none"
          />
          <Button
            type="submit"
            size="sm"
            variant="primary"
            disabled={start.isPending || !text.trim()}
            aria-label="Send first message"
          >
            <Send aria-hidden />
          </Button>
        </form>
      )}
      {start.error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {start.error.message}
        </p>
      )}
    </>
  );
}
