"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import type { SegmentView, SessionView } from "@/server/telephony/session-view.ts";
import { broadcastCustomer } from "@/app/_fdc3/desktop-agent.ts";
import { TASK_REMINDER_EVENT } from "../task-reminder-event.ts";

export type CommCentre = {
  /** The agent's calls and chats not yet reported, newest first. */
  sessions: SessionView[];
  transcripts: Record<string, SegmentView[]>;
  connected: boolean;
  loadError: boolean;
};

const LIVE = ["RINGING", "ANSWERED", "ON_HOLD"];
export const isLive = (s: SessionView) => LIVE.includes(s.state);
export const reportHref = (sessionId: string) => `/communication-centre/sessions/${sessionId}/report`;

function merge(previous: SessionView | undefined, next: SessionView): SessionView {
  // A later message without the chooser keeps the one the first message carried.
  return previous?.pop && !next.pop && !next.customer ? { ...next, pop: previous.pop } : next;
}

/**
 * The agent's live calls and chats: loaded once, then kept current by the server-sent event
 * stream, which the browser reconnects by itself (resuming from the last message it saw). It also
 * performs the two automatic steps of the workflow: the screen pop when a known customer calls,
 * and the call report when an answered call or chat ends.
 */
export function useCommCentre(): CommCentre {
  const trpc = useTRPC();
  const router = useRouter();
  const initial = useQuery({ ...trpc.telephony.active.queryOptions(), staleTime: Infinity });
  const [updates, setUpdates] = useState<Record<string, SessionView>>({});
  const [transcripts, setTranscripts] = useState<Record<string, SegmentView[]>>({});
  const [connected, setConnected] = useState(false);
  const handled = useRef(new Set<string>());

  const onSession = useCallback(
    (view: SessionView) => {
      setUpdates((all) => ({ ...all, [view.id]: merge(all[view.id], view) }));
      const popKey = `pop:${view.id}`;
      const only = view.pop?.kind === "one" ? view.pop.matches[0] : undefined;
      if (only && isLive(view) && !handled.current.has(popKey)) {
        handled.current.add(popKey);
        router.push(only.href);
        // Other desktop apps (FDC3) follow the customer.
        void broadcastCustomer({
          name: only.name,
          phone: view.pop?.e164 ?? undefined,
          accountName: only.accountName,
        });
      }
      const reportKey = `report:${view.id}`;
      if (view.state === "ENDED" && view.answeredAt && !view.reportId && !handled.current.has(reportKey)) {
        handled.current.add(reportKey);
        router.push(reportHref(view.id));
      }
    },
    [router],
  );

  useEffect(() => {
    if (!initial.data) return;
    // Sessions already there on load have had their pop and report: do not replay them.
    for (const s of initial.data.sessions) {
      handled.current.add(`pop:${s.id}`);
      if (!isLive(s)) handled.current.add(`report:${s.id}`);
    }
    const source = new EventSource(`/api/telephony/stream?after=${initial.data.cursor}`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("session", (e) =>
      onSession(JSON.parse((e as MessageEvent<string>).data) as SessionView),
    );
    source.addEventListener("segment", (e) => {
      const segment = JSON.parse((e as MessageEvent<string>).data) as SegmentView;
      setTranscripts((all) => {
        const lines = (all[segment.sessionId] ?? []).filter((l) => l.seq !== segment.seq);
        return { ...all, [segment.sessionId]: [...lines, segment].sort((a, b) => a.seq - b.seq) };
      });
    });
    // Task reminders ride the same stream; the shell's TaskReminders shows them.
    source.addEventListener("taskReminder", (e) =>
      window.dispatchEvent(
        new CustomEvent(TASK_REMINDER_EVENT, { detail: JSON.parse((e as MessageEvent<string>).data) }),
      ),
    );
    return () => source.close();
  }, [initial.data, onSession]);

  const sessions = useMemo(() => {
    const byId = new Map((initial.data?.sessions ?? []).map((s) => [s.id, s]));
    for (const view of Object.values(updates)) byId.set(view.id, merge(byId.get(view.id), view));
    return [...byId.values()]
      .filter((s) => s.state !== "REPORTED")
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [initial.data, updates]);

  return { sessions, transcripts, connected, loadError: initial.isError };
}
