"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { Delete, Phone, PhoneOff } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";
import type { SessionView } from "@/server/telephony/session-view.ts";
import { CallCard } from "./CallCard.tsx";
import { onDialRequest, type DialRequest } from "./dial-request.ts";
import { isLive } from "./use-comm-centre.ts";
import { raiseStartCall } from "@/app/_fdc3/desktop-agent.ts";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

/**
 * The softphone: the agent's calls (incoming with answer and decline, live with timer, hold, mute
 * and hang up), a dial pad, and click-to-dial from any number in the CRM. Alt+Shift+A answers the
 * ringing call, Alt+Shift+H hangs up the live one.
 */
export function Softphone({ calls }: { calls: SessionView[] }) {
  const trpc = useTRPC();
  const dial = useMutation(trpc.telephony.dial.mutationOptions());
  const control = useMutation(trpc.telephony.control.mutationOptions());
  const [number, setNumber] = useState("");
  const [padOpen, setPadOpen] = useState(false);
  const [muted, setMuted] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Live calls, and the latest one still waiting for its report (the others wait on the
  // communication-centre page), so the softphone never fills with yesterday's calls.
  const awaitingReport = calls.find((c) => !isLive(c) && c.answeredAt && !c.reportId);
  const shown = [...calls.filter(isLive), ...(awaitingReport ? [awaitingReport] : [])].slice(0, 3);
  const ringing = calls.find((c) => c.state === "RINGING" && c.direction === "INBOUND");
  const connected = calls.find(
    (c) =>
      c.state === "ANSWERED" ||
      c.state === "ON_HOLD" ||
      (c.state === "RINGING" && c.direction === "OUTBOUND"),
  );

  const place = async (request: DialRequest) => {
    setNotice(null);
    // A desktop agent (FDC3) that can place calls takes precedence over the CRM's own integration.
    if (await raiseStartCall(request.number)) {
      setNotice(`Call to ${request.number} handed to your desktop phone.`);
      return;
    }
    dial.mutate(request, { onSuccess: () => setNumber("") });
  };

  useEffect(() => onDialRequest((request) => void place(request)));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === "a" && ringing) {
        e.preventDefault();
        control.mutate({ sessionId: ringing.id, action: "answer" });
      } else if (key === "h" && connected) {
        e.preventDefault();
        control.mutate({ sessionId: connected.id, action: "hangup" });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ringing, connected, control]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void place({ number });
  };
  const fieldError = dial.error?.data?.zodError?.fieldErrors?.number?.[0];

  return (
    <div className="space-y-2" data-testid="softphone">
      {shown.length === 0 && (
        <div className="flex items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2.5">
          <span className="grid size-8 place-items-center rounded-full bg-white text-slate-400 ring-1 ring-slate-200">
            <PhoneOff aria-hidden size={15} />
          </span>
          <div>
            <p className="text-[13px] font-medium text-slate-800">No active call</p>
            <p className="text-xs text-slate-600">Incoming calls and chats open here.</p>
          </div>
        </div>
      )}
      {shown.map((c) => (
        <CallCard
          key={c.id}
          session={c}
          muted={muted === c.id}
          onToggleMute={() => setMuted((m) => (m === c.id ? null : c.id))}
        />
      ))}

      <form onSubmit={submit} noValidate className="space-y-1.5" aria-label="Dial pad">
        <div className="flex gap-1.5">
          <label htmlFor="dial-number" className="sr-only">
            Number to call
          </label>
          <input
            id="dial-number"
            type="tel"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            onFocus={() => setPadOpen(true)}
            placeholder="Number to call"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? "dial-number-error" : undefined}
            className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 px-2 text-[13px] tabular-nums focus:border-blue-500 focus:outline-none"
          />
          <Button
            type="submit"
            size="md"
            variant="primary"
            disabled={dial.isPending || !number.trim()}
            aria-label="Call"
          >
            <Phone aria-hidden /> Call
          </Button>
        </div>
        {fieldError && (
          <p id="dial-number-error" className="text-xs text-red-700">
            {fieldError}
          </p>
        )}
        {dial.error && !fieldError && <p className="text-xs text-red-700">{dial.error.message}</p>}
        {notice && <p className="text-xs text-slate-700">{notice}</p>}
        {padOpen && (
          <div className="grid grid-cols-3 gap-1" role="group" aria-label="Keypad">
            {KEYS.map((k) => (
              <button
                key={k}
                type="button"
                onClick={() => setNumber((n) => n + k)}
                className="h-7 rounded-md border border-slate-200 bg-white text-[13px] font-medium text-slate-800 hover:bg-slate-50"
              >
                {k}
              </button>
            ))}
            <button
              type="button"
              onClick={() => setNumber((n) => n.slice(0, -1))}
              aria-label="Delete last digit"
              className="col-span-3 flex h-7 items-center justify-center rounded-md border border-slate-200 bg-white text-slate-600 hover:bg-slate-50"
            >
              <Delete aria-hidden size={14} />
            </button>
          </div>
        )}
      </form>
      <p className="text-[11px] text-slate-500">
        <kbd className="font-sans">Alt+Shift+A</kbd> answer · <kbd className="font-sans">Alt+Shift+H</kbd>{" "}
        hang up
      </p>
    </div>
  );
}
