"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { CalendarClock, Coins, LineChart, PhoneCall } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Card, Field, Input, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import type { callReportPrefill } from "@/server/call-report/prefill.ts";

export type Prefill = Awaited<ReturnType<typeof callReportPrefill>>;

type Draft = {
  name: string;
  summary: string;
  resultType: string;
  subject: string;
  activityDate: string;
  durationHours: string;
  activityComments: string;
  callBack: boolean;
  callBackAt: string;
  callBackTitle: string;
};

const draftKey = (sessionId: string) => `dealfloor:call-report:${sessionId}`;
// datetime-local wants local wall-clock time without a zone.
const toLocalInput = (iso: string | null | undefined) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const duration = (sec: number | null) => (sec === null ? "—" : `${Math.floor(sec / 60)} min ${sec % 60} s`);

function fromPrefill(p: Prefill): Draft {
  const s = p.suggested;
  return {
    name: s.name,
    summary: s.summary,
    resultType: s.result.resultType,
    subject: s.result.subject,
    activityDate: toLocalInput(s.result.activityDate),
    durationHours: s.result.durationHours?.toString() ?? "",
    activityComments: "",
    callBack: Boolean(s.callBack),
    callBackAt: toLocalInput(s.callBack?.dueAt),
    callBackTitle: s.callBack?.title ?? "",
  };
}

function loadDraft(p: Prefill): { draft: Draft; restored: boolean } {
  try {
    const saved = window.localStorage.getItem(draftKey(p.sessionId));
    if (saved)
      return { draft: { ...fromPrefill(p), ...(JSON.parse(saved) as Partial<Draft>) }, restored: true };
  } catch {
    // storage blocked or corrupt: start from the prefill
  }
  return { draft: fromPrefill(p), restored: false };
}

/** The call report: statistics, deals and summary prefilled; the rep edits, and saves it to the timeline. */
export function CallReportForm({ prefill }: { prefill: Prefill }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [{ draft: initial, restored }] = useState(() => loadDraft(prefill));
  const [v, setV] = useState<Draft>(initial);
  const open = useMutation(trpc.callReport.open.mutationOptions());
  const save = useMutation(trpc.callReport.save.mutationOptions());
  const errors = serverErrors(save.error);
  const { statistics: st, summary, deals } = prefill;

  const openReport = open.mutate;
  useEffect(() => {
    if (!prefill.reported) openReport({ sessionId: prefill.sessionId });
  }, [openReport, prefill.reported, prefill.sessionId]);

  // Every keystroke is kept, so a reload or a crash loses nothing.
  useEffect(() => {
    window.localStorage.setItem(draftKey(prefill.sessionId), JSON.stringify(v));
  }, [v, prefill.sessionId]);

  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setV((d) => ({ ...d, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        sessionId: prefill.sessionId,
        name: v.name,
        summary: v.summary,
        result: {
          resultType: v.resultType,
          subject: v.subject,
          activityComments: v.activityComments,
          activityDate: v.activityDate ? new Date(v.activityDate) : undefined,
          durationHours: v.durationHours === "" ? undefined : Number(v.durationHours),
        },
        callBack: v.callBack
          ? {
              dueAt: v.callBackAt ? new Date(v.callBackAt) : (undefined as unknown as Date),
              title: v.callBackTitle,
            }
          : undefined,
      },
      {
        onSuccess: (r) => {
          window.localStorage.removeItem(draftKey(prefill.sessionId));
          router.push(`/accounts/${r.accountId}/timeline`);
        },
      },
    );
  };

  if (prefill.reported) {
    return (
      <Card>
        <p className="text-sm text-slate-700">This conversation already has a report.</p>
      </Card>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Call report" className="grid gap-4 xl:grid-cols-3">
      <div className="space-y-4 xl:col-span-2">
        <Card>
          <dl
            data-testid="call-statistics"
            className="grid grid-cols-2 gap-x-6 gap-y-2 text-[13px] md:grid-cols-3"
          >
            {[
              ["Channel", st.channel === "CALL" ? "Phone call" : "Chat"],
              ["Direction", st.direction === "INBOUND" ? "Inbound" : "Outbound"],
              ["Number", st.number ?? "—"],
              ["Line", st.line ?? "—"],
              ["When", new Date(st.startedAt).toLocaleString("en-GB")],
              ["Duration", duration(st.durationSec)],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs text-slate-500">{label}</dt>
                <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          {restored && (
            <p role="status" className="mb-3 rounded-md bg-blue-50 px-2 py-1 text-xs text-blue-900">
              Draft restored: your earlier edits to this report were kept.
            </p>
          )}
          <div className="grid gap-3 md:grid-cols-2">
            <Field label="Name" required error={errors.field("name")} className="md:col-span-2">
              {(ids) => <Input {...ids} value={v.name} onChange={set("name")} />}
            </Field>
            <Field
              label="Summary"
              required
              error={errors.field("summary")}
              hint={`Written by ${summary.keySentences.length ? "the summariser from the conversation" : "nobody yet: the conversation had no transcript"}; edit freely.`}
              className="md:col-span-2"
            >
              {(ids) => <Textarea {...ids} rows={8} value={v.summary} onChange={set("summary")} />}
            </Field>
            <Field label="Result Type" error={errors.field("result.resultType")}>
              {(ids) => <Input {...ids} value={v.resultType} onChange={set("resultType")} />}
            </Field>
            <Field label="Subject" error={errors.field("result.subject")}>
              {(ids) => <Input {...ids} value={v.subject} onChange={set("subject")} />}
            </Field>
            <Field label="Activity Date" error={errors.field("result.activityDate")}>
              {(ids) => (
                <Input {...ids} type="datetime-local" value={v.activityDate} onChange={set("activityDate")} />
              )}
            </Field>
            <Field label="Duration (h)" error={errors.field("result.durationHours")}>
              {(ids) => (
                <Input {...ids} inputMode="decimal" value={v.durationHours} onChange={set("durationHours")} />
              )}
            </Field>
            <Field
              label="Activity Comments"
              error={errors.field("result.activityComments")}
              className="md:col-span-2"
            >
              {(ids) => (
                <Textarea {...ids} rows={2} value={v.activityComments} onChange={set("activityComments")} />
              )}
            </Field>
          </div>
          <fieldset className="mt-4 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-xs font-medium text-slate-700">Call-back</legend>
            <label className="flex items-center gap-2 text-[13px] text-slate-800">
              <input
                type="checkbox"
                checked={v.callBack}
                onChange={(e) => setV((d) => ({ ...d, callBack: e.target.checked }))}
              />
              Schedule a call-back task
            </label>
            {v.callBack && (
              <div className="mt-2 grid gap-3 md:grid-cols-3">
                <Field label="Call back at" required error={errors.field("callBack.dueAt")}>
                  {(ids) => (
                    <Input {...ids} type="datetime-local" value={v.callBackAt} onChange={set("callBackAt")} />
                  )}
                </Field>
                <Field
                  label="Call-back about"
                  required
                  error={errors.field("callBack.title")}
                  className="md:col-span-2"
                >
                  {(ids) => <Input {...ids} value={v.callBackTitle} onChange={set("callBackTitle")} />}
                </Field>
              </div>
            )}
          </fieldset>
          {errors.form && <p className="mt-3 text-xs text-red-700">{errors.form}</p>}
          <div className="mt-4 flex justify-end gap-2">
            <Button
              onClick={() => {
                window.localStorage.removeItem(draftKey(prefill.sessionId));
                setV(fromPrefill(prefill));
              }}
            >
              Reset to prefill
            </Button>
            <Button type="submit" variant="primary" disabled={save.isPending}>
              Save report
            </Button>
          </div>
        </Card>
      </div>

      <div className="space-y-4">
        <Card title="Key points">
          <ul className="space-y-2 text-xs" data-testid="report-entities">
            <li className="flex flex-wrap items-center gap-1">
              <LineChart aria-hidden size={13} className="text-slate-500" />
              {summary.entities.instruments.length ? (
                summary.entities.instruments.map((i) => (
                  <Badge key={i.instrument} tone="blue">
                    {i.instrument}
                  </Badge>
                ))
              ) : (
                <span className="text-slate-500">No instruments</span>
              )}
            </li>
            <li className="flex flex-wrap items-center gap-1">
              <Coins aria-hidden size={13} className="text-slate-500" />
              {summary.entities.amounts.length ? (
                summary.entities.amounts.map((a, i) => (
                  <Badge key={i}>
                    {a.value !== null
                      ? `${a.currency ?? ""} ${a.value.toLocaleString("en-GB")}`.trim()
                      : a.text}
                  </Badge>
                ))
              ) : (
                <span className="text-slate-500">No amounts</span>
              )}
            </li>
            <li className="flex flex-wrap items-center gap-1">
              <CalendarClock aria-hidden size={13} className="text-slate-500" />
              {summary.entities.dates.length ? (
                summary.entities.dates.map((d, i) => (
                  <Badge key={i} tone="violet">
                    {d.text}
                    {d.isoDate ? ` (${d.isoDate})` : ""}
                  </Badge>
                ))
              ) : (
                <span className="text-slate-500">No dates</span>
              )}
            </li>
            <li className="flex flex-wrap items-center gap-1">
              <PhoneCall aria-hidden size={13} className="text-slate-500" />
              {summary.entities.callBacks.length ? (
                summary.entities.callBacks.map((c, i) => (
                  <span key={i} className="text-slate-800">
                    Promised: “{c.text}” → {new Date(c.dueAt).toLocaleString("en-GB")}
                  </span>
                ))
              ) : (
                <span className="text-slate-500">No call-back promised</span>
              )}
            </li>
          </ul>
        </Card>
        <Card title="Deals registered">
          <ul data-testid="report-deals" className="divide-y divide-slate-100 text-xs">
            {deals.length === 0 && (
              <li className="text-slate-500">No deals on this {st.channel === "CALL" ? "call" : "chat"}.</li>
            )}
            {deals.map((d) => (
              <li key={d.id} className="flex justify-between gap-2 py-1 tabular-nums">
                <span>
                  {d.side === "BUY" ? "Buy" : "Sell"} {d.instrument} {d.notional.toLocaleString("en-GB")}{" "}
                  {d.currency} @ {d.price}
                </span>
                <Badge tone={d.status === "BOOKED" ? "green" : "amber"}>
                  {d.status === "BOOKED" ? "Booked" : "Pending approval"}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Transcript">
          <ol className="max-h-72 space-y-1 overflow-y-auto text-xs">
            {prefill.transcript.length === 0 && (
              <li className="text-slate-500">No transcript was received.</li>
            )}
            {prefill.transcript.map((s) => (
              <li key={s.seq}>
                <span className="font-medium text-slate-600">
                  {s.speaker === "agent" ? "Rep" : s.speaker === "customer" ? "Client" : s.speaker}:
                </span>{" "}
                {s.text}
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </form>
  );
}
