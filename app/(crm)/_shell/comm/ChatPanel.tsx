"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation, useQuery } from "@tanstack/react-query";
import { BarChart3, MessageSquare, Send } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button } from "@/app/_components/ui";
import type { SegmentView, SessionView } from "@/server/telephony/session-view.ts";
import { instrumentsIn } from "./instruments-in.ts";
import { isLive, reportHref } from "./use-comm-centre.ts";
import { ChatMessageStateLine, useChatMessageStates } from "./ChatMessageState.tsx";

function Conversation({ chat, streamed }: { chat: SessionView; streamed: SegmentView[] }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.telephony.session.queryOptions({ sessionId: chat.id }));
  const reply = useMutation(trpc.telephony.reply.mutationOptions());
  const control = useMutation(trpc.telephony.control.mutationOptions());
  const [text, setText] = useState("");
  const bySeq = new Map<number, SegmentView>();
  for (const s of [...(detail.data?.transcript ?? []), ...streamed]) bySeq.set(s.seq, s);
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const live = isLive(chat);
  const accountId = chat.customer?.accountId;
  const states = useChatMessageStates(
    chat.id,
    messages.filter((m) => m.speaker === "agent"),
  );

  const send = (e: FormEvent) => {
    e.preventDefault();
    reply.mutate(
      { sessionId: chat.id, text },
      {
        onSuccess: () => {
          setText("");
          void states.refresh();
        },
      },
    );
  };

  return (
    <div
      data-testid="chat-conversation"
      data-session-id={chat.id}
      className="rounded-lg border border-slate-200 bg-white"
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-3 py-2">
        <div className="min-w-0">
          <p className="truncate text-[13px] font-semibold text-slate-900">
            {chat.customer?.name ?? chat.from}
          </p>
          {chat.customer?.accountName && (
            <p className="truncate text-xs text-slate-600">{chat.customer.accountName}</p>
          )}
        </div>
        <Badge tone={live ? "green" : "neutral"}>{live ? "Live chat" : "Ended"}</Badge>
      </div>
      <ol
        className="max-h-56 space-y-1.5 overflow-y-auto px-3 py-2"
        aria-label="Chat messages"
        aria-live="polite"
      >
        {messages.length === 0 && <li className="text-xs text-slate-500">No messages yet.</li>}
        {messages.map((m) => {
          const mine = m.speaker === "agent";
          return (
            <li key={m.seq} className={`flex flex-col ${mine ? "items-end" : "items-start"}`}>
              <p
                className={`max-w-[90%] rounded-lg px-2 py-1 text-xs ${mine ? "bg-blue-600 text-white" : "bg-slate-100 text-slate-900"}`}
              >
                {m.text}
              </p>
              {mine && <ChatMessageStateLine message={states.bySeq.get(m.seq)} onRetried={states.refresh} />}
              {!mine && accountId && (
                <span className="mt-0.5 flex flex-wrap gap-1">
                  {instrumentsIn(m.text).map((instrument) => (
                    <Link
                      key={instrument}
                      href={`/accounts/${accountId}?session=${chat.id}&tool=analytics&instrument=${encodeURIComponent(instrument)}`}
                      className="inline-flex items-center gap-0.5 text-[11px] font-medium text-blue-700 hover:underline"
                    >
                      <BarChart3 aria-hidden size={11} /> Analyse {instrument}
                    </Link>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {live ? (
        <form onSubmit={send} noValidate className="flex gap-1.5 border-t border-slate-100 p-2">
          <label htmlFor={`reply-${chat.id}`} className="sr-only">
            Reply
          </label>
          <input
            id={`reply-${chat.id}`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Reply…"
            className="h-7 min-w-0 flex-1 rounded-md border border-slate-300 px-2 text-xs focus:border-blue-500 focus:outline-none"
          />
          <Button
            type="submit"
            size="sm"
            variant="primary"
            disabled={reply.isPending || !text.trim()}
            aria-label="Send reply"
          >
            <Send aria-hidden />
          </Button>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => control.mutate({ sessionId: chat.id, action: "hangup" })}
            disabled={control.isPending}
          >
            End chat
          </Button>
        </form>
      ) : (
        !chat.reportId && (
          <div className="border-t border-slate-100 p-2">
            <Button size="sm" variant="primary" href={reportHref(chat.id)}>
              Write chat report
            </Button>
          </div>
        )
      )}
      {(reply.error ?? control.error) && (
        <p role="alert" className="px-3 pb-2 text-xs text-red-700">
          {(reply.error ?? control.error)?.message}
        </p>
      )}
    </div>
  );
}

/** The agent's chats: the live ones first, each with its messages, a reply box and End chat. */
export function ChatPanel({
  chats,
  transcripts,
}: {
  chats: SessionView[];
  transcripts: Record<string, SegmentView[]>;
}) {
  const shown = chats.filter((c) => isLive(c) || !c.reportId).slice(0, 2);
  if (shown.length === 0) {
    return (
      <p className="flex items-center gap-2 text-xs text-slate-600">
        <MessageSquare aria-hidden size={14} className="text-slate-400" /> No open chats.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {shown.map((c) => (
        <Conversation key={c.id} chat={c} streamed={transcripts[c.id] ?? []} />
      ))}
    </div>
  );
}
