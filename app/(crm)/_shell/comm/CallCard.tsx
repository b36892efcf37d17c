"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import {
  Mic,
  MicOff,
  Pause,
  Phone,
  PhoneIncoming,
  PhoneOff,
  PhoneOutgoing,
  Play,
  UserPlus,
} from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button } from "@/app/_components/ui";
import type { SessionView } from "@/server/telephony/session-view.ts";
import type { PopMatch } from "@/server/telephony/screen-pop.ts";
import { reportHref } from "./use-comm-centre.ts";
import { broadcastCustomer } from "@/app/_fdc3/desktop-agent.ts";

const STATE_LABEL: Record<SessionView["state"], string> = {
  RINGING: "Ringing",
  ANSWERED: "Connected",
  ON_HOLD: "On hold",
  ENDED: "Ended",
  WRAP_UP: "Wrap-up",
  REPORTED: "Reported",
};

function useElapsed(since: string | null, until: string | null): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!since || until) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since, until]);
  if (!since) return "0:00";
  const sec = Math.max(0, Math.floor(((until ? Date.parse(until) : now) - Date.parse(since)) / 1000));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, "0")}`;
}

const TYPE_LABEL: Record<PopMatch["type"], string> = { contact: "Contact", account: "Account", lead: "Lead" };

/** Several records share the caller's number: the agent says which one is calling. */
function Chooser({ session }: { session: SessionView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const link = useMutation(trpc.telephony.linkCustomer.mutationOptions());
  const matches = session.pop?.matches ?? [];
  return (
    <div data-testid="screen-pop-chooser" className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-2">
      <p className="mb-1 text-xs font-medium text-amber-900">
        {matches.length} records have this number. Who is calling?
      </p>
      <ul className="space-y-1">
        {matches.map((m) => (
          <li key={`${m.type}:${m.id}`}>
            <button
              type="button"
              disabled={link.isPending}
              onClick={async () => {
                // Awaited rather than an onSuccess callback: the stream's update for this very
                // change can unmount the chooser first, and a callback would then never run.
                const linked = await link
                  .mutateAsync({
                    sessionId: session.id,
                    ...(m.type === "contact"
                      ? { contactId: m.id }
                      : m.type === "account"
                        ? { accountId: m.id }
                        : { leadId: m.id }),
                  })
                  .catch(() => null); // shown under the chooser
                if (!linked) return;
                router.push(m.href);
                void broadcastCustomer({
                  name: m.name,
                  phone: session.pop?.e164 ?? undefined,
                  accountName: m.accountName,
                });
              }}
              className="flex w-full items-center justify-between rounded border border-amber-200 bg-white px-2 py-1 text-left text-xs hover:border-amber-400"
            >
              <span className="font-medium text-slate-900">{m.name}</span>
              <span className="text-slate-600">
                {TYPE_LABEL[m.type]}
                {m.accountName && m.type !== "account" ? ` · ${m.accountName}` : ""}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {link.error && <p className="mt-1 text-xs text-red-700">{link.error.message}</p>}
    </div>
  );
}

function UnknownCaller({ session }: { session: SessionView }) {
  const number = session.pop?.e164 ?? session.from;
  return (
    <div
      data-testid="screen-pop-unknown"
      className="mt-2 flex items-center justify-between gap-2 rounded-md border border-slate-200 bg-slate-50 p-2"
    >
      <p className="text-xs text-slate-700">No customer has this number.</p>
      <Button size="sm" href={`/leads/new?phone=${encodeURIComponent(number)}`}>
        <UserPlus aria-hidden /> New lead
      </Button>
    </div>
  );
}

/** One call in the softphone: who, state, timer, and the controls that apply to its state. */
export function CallCard({
  session,
  muted,
  onToggleMute,
}: {
  session: SessionView;
  muted: boolean;
  onToggleMute: () => void;
}) {
  const trpc = useTRPC();
  const control = useMutation(trpc.telephony.control.mutationOptions());
  const act = (action: "answer" | "decline" | "hold" | "resume" | "hangup") =>
    control.mutate({ sessionId: session.id, action });
  const elapsed = useElapsed(session.answeredAt ?? session.ringingAt, session.endedAt);
  const inbound = session.direction === "INBOUND";
  const number = inbound ? (session.fromE164 ?? session.from) : session.to;
  const who = session.customer?.name ?? number ?? "Unknown";
  const live = ["RINGING", "ANSWERED", "ON_HOLD"].includes(session.state);
  const Icon = inbound ? PhoneIncoming : PhoneOutgoing;

  return (
    <div
      data-testid="call-card"
      data-session-id={session.id}
      data-state={session.state}
      className={`rounded-lg border p-3 ${session.state === "RINGING" && inbound ? "border-blue-300 bg-blue-50" : "border-slate-200 bg-white"}`}
    >
      <div className="flex items-start gap-2">
        <span className="mt-0.5 grid size-7 shrink-0 place-items-center rounded-full bg-white text-blue-700 ring-1 ring-slate-200">
          <Icon aria-hidden size={14} />
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-[13px] font-semibold text-slate-900" data-testid="call-party">
            {who}
          </p>
          <p className="truncate text-xs text-slate-600">
            {session.customer?.accountName && session.customer.type !== "account"
              ? `${session.customer.accountName} · `
              : ""}
            {number}
            {session.line ? ` → ${session.line}` : ""}
          </p>
        </div>
        <div className="text-right">
          <Badge
            tone={
              session.state === "RINGING"
                ? "blue"
                : session.state === "ON_HOLD"
                  ? "amber"
                  : live
                    ? "green"
                    : "neutral"
            }
          >
            {STATE_LABEL[session.state]}
          </Badge>
          <p
            className="mt-1 font-mono text-xs text-slate-700 tabular-nums"
            aria-label="Call time"
            role="timer"
          >
            {elapsed}
          </p>
        </div>
      </div>

      {live && session.pop?.kind === "several" && !session.customer && <Chooser session={session} />}
      {live && session.pop?.kind === "none" && inbound && !session.customer && (
        <UnknownCaller session={session} />
      )}

      <div className="mt-2 flex flex-wrap gap-1.5">
        {session.state === "RINGING" && inbound && (
          <>
            <Button
              size="sm"
              variant="primary"
              onClick={() => act("answer")}
              disabled={control.isPending}
              aria-keyshortcuts="Alt+Shift+A"
            >
              <Phone aria-hidden /> Answer
            </Button>
            <Button size="sm" variant="danger" onClick={() => act("decline")} disabled={control.isPending}>
              <PhoneOff aria-hidden /> Decline
            </Button>
          </>
        )}
        {(session.state === "ANSWERED" || session.state === "ON_HOLD") && (
          <>
            <Button
              size="sm"
              onClick={() => act(session.state === "ON_HOLD" ? "resume" : "hold")}
              disabled={control.isPending}
            >
              {session.state === "ON_HOLD" ? <Play aria-hidden /> : <Pause aria-hidden />}{" "}
              {session.state === "ON_HOLD" ? "Resume" : "Hold"}
            </Button>
            <Button size="sm" onClick={onToggleMute} aria-pressed={muted}>
              {muted ? <MicOff aria-hidden /> : <Mic aria-hidden />} {muted ? "Unmute" : "Mute"}
            </Button>
          </>
        )}
        {live && !(session.state === "RINGING" && inbound) && (
          <Button
            size="sm"
            variant="danger"
            onClick={() => act("hangup")}
            disabled={control.isPending}
            aria-keyshortcuts="Alt+Shift+H"
          >
            <PhoneOff aria-hidden /> Hang up
          </Button>
        )}
        {!live && session.answeredAt && !session.reportId && (
          <Button size="sm" variant="primary" href={reportHref(session.id)}>
            Write call report
          </Button>
        )}
        {session.customer?.accountId && (
          <Link
            href={`/accounts/${session.customer.accountId}?session=${session.id}`}
            className="ml-auto self-center text-xs font-medium text-blue-700 hover:underline"
          >
            Open customer
          </Link>
        )}
      </div>
      {control.error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {control.error.message}
        </p>
      )}
    </div>
  );
}
