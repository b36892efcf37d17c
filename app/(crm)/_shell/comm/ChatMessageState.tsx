"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RotateCw } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import type { ChatMessageState } from "@/server/messaging/chat/chat-messages.ts";
import type { SegmentView } from "@/server/telephony/session-view.ts";

const PENDING = new Set(["QUEUED", "SENDING"]);
// A line written moments ago whose message the list does not show yet is on its way.
const JUST_WRITTEN_MS = 2 * 60_000;
const POLL_MS = 1000;

/**
 * The outgoing state of a chat's agent lines. Polled once a second while any is on its way (queued,
 * sending, retrying), and not at all once every one has settled: the outbox worker runs outside the
 * request, and a poll on the open chat is simpler and as live as a push for the few seconds it takes.
 */
export function useChatMessageStates(sessionId: string, agentLines: SegmentView[]) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.telephony.chatMessages.queryOptions({ sessionId });
  const q = useQuery({
    ...options,
    enabled: agentLines.length > 0,
    refetchInterval: (query) => {
      const data = query.state.data as ChatMessageState[] | undefined;
      const bySeq = new Map((data ?? []).map((m) => [m.seq, m]));
      const pending = agentLines.some((l) => {
        const m = bySeq.get(l.seq);
        return m ? PENDING.has(m.state) : Date.now() - new Date(l.occurredAt).getTime() < JUST_WRITTEN_MS;
      });
      return pending ? POLL_MS : false;
    },
  });
  const bySeq = new Map((q.data ?? []).map((m) => [m.seq, m]));
  return {
    bySeq,
    refresh: () => queryClient.invalidateQueries({ queryKey: options.queryKey }),
  };
}

/** Under an agent's line: sending…, sent, failed with the provider's answer and Retry, or not sent. */
export function ChatMessageStateLine({
  message,
  onRetried,
}: {
  message: ChatMessageState | undefined;
  onRetried: () => void;
}) {
  const trpc = useTRPC();
  const retry = useMutation(trpc.telephony.retryChatMessage.mutationOptions());
  const base = "mt-0.5 max-w-[90%] text-right text-[11px]";
  if (!message || PENDING.has(message.state))
    return (
      <span data-testid="chat-message-state" data-state="sending" className={`${base} text-slate-500`}>
        sending…
        {message?.lastReply && message.attempts > 0 && (
          <span title={message.lastReply}> (retrying after: {message.lastReply})</span>
        )}
      </span>
    );
  if (message.state === "SENT" || message.state === "DELIVERED")
    return (
      <span
        data-testid="chat-message-state"
        data-state="sent"
        className={`${base} text-slate-500`}
        title={message.lastReply ?? undefined}
      >
        sent
      </span>
    );
  if (message.state === "FAILED")
    return (
      <span
        data-testid="chat-message-state"
        data-state="failed"
        role="status"
        className={`${base} flex flex-wrap items-center justify-end gap-1 text-red-700`}
      >
        <span className="break-all">failed: {message.lastReply ?? "no answer"}</span>
        <button
          type="button"
          disabled={retry.isPending}
          onClick={() => retry.mutate({ messageId: message.id }, { onSettled: onRetried })}
          className="inline-flex items-center gap-0.5 rounded border border-red-200 px-1 font-medium hover:bg-red-50 disabled:opacity-50"
        >
          <RotateCw aria-hidden size={10} /> Retry
        </button>
        {retry.error && <span className="w-full">{retry.error.message}</span>}
      </span>
    );
  return (
    <span
      data-testid="chat-message-state"
      data-state="not-sent"
      className={`${base} text-amber-800`}
      title={message.lastReply ?? undefined}
    >
      {message.state === "NOT_SENT" ? "not sent: no reply endpoint" : `not sent: ${message.lastReply ?? ""}`}
    </span>
  );
}
