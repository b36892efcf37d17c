import Link from "next/link";
import { ArrowLeft, Handshake, History, PhoneCall, X } from "lucide-react";
import { TRPCError } from "@trpc/server";
import { api } from "@/server/trpc/server-caller.ts";
import { isTimeZone } from "@/server/forecasts/forecast-periods.ts";
import type { CommunicationChannel } from "@/server/generated/prisma/enums.ts";
import { Badge, Card, EmptyState, KeysetPager, PageHeader } from "@/app/_components/ui";
import { formatMoney } from "@/app/_components/format";
import { enumLabel, hrefWith, pagerHrefs, param, type SearchParams } from "../_list/search-params.ts";
import { orNotFound } from "../_detail/or-not-found.ts";
import { CHANNEL_COLOUR, CHANNEL_LABEL, CHANNELS } from "./channels.ts";
import { TimelineChartLoader } from "./TimelineChartLoader.tsx";
import { MessageStateBadge } from "../_shell/comm/MessageStateBadge.tsx";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string | undefined) =>
  s && DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ? s : undefined;

/** The timeline's filters as the URL carries them: Start Date, End Date, Channel (and the zone). */
export function timelineFilters(sp: SearchParams) {
  let from = validDay(param(sp, "from"));
  let to = validDay(param(sp, "to"));
  if (from && to && from > to) [from, to] = [to, from];
  const channel = param(sp, "channel");
  const tz = param(sp, "tz");
  return {
    from,
    to,
    channel: CHANNELS.includes(channel as CommunicationChannel)
      ? (channel as CommunicationChannel)
      : undefined,
    timeZone: tz && isTimeZone(tz) ? tz : "Europe/London",
  };
}

function bucketLabel(start: string, unit: "day" | "week" | "month"): string {
  const d = new Date(`${start}T00:00:00Z`);
  return unit === "month"
    ? d.toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" })
    : d.toLocaleDateString("en-GB", { day: "2-digit", month: "short", timeZone: "UTC" });
}

function ChannelDot({ channel }: { channel: CommunicationChannel }) {
  return (
    <span
      aria-hidden
      className="inline-block h-2.5 w-2.5 shrink-0 rounded-full"
      style={{ background: CHANNEL_COLOUR[channel] }}
    />
  );
}

async function openInteraction(id: string) {
  const trpc = await api();
  try {
    return await trpc.interactions.byId({ id });
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  }
}

/** The Interactions Timeline of an account or a contact: chart, list beside it, and the opened one. */
export async function TimelineView({
  subject,
  subjectId,
  backHref,
  sp,
}: {
  subject: "account" | "contact";
  subjectId: string;
  backHref: string;
  sp: SearchParams;
}) {
  const f = timelineFilters(sp);
  const base = `${backHref}/timeline`;
  const trpc = await api();
  const filter = { subject, subjectId, ...f };
  const [chart, page] = await Promise.all([
    orNotFound(trpc.timeline.chart(filter)),
    orNotFound(trpc.timeline.page({ ...filter, cursor: param(sp, "cursor"), limit: 25 })),
  ]);
  // E-mail and SMS rows show their message's state (Queued, Sent, Failed…), newest message first.
  const messages = await trpc.messages.forInteractions({ interactionIds: page.items.map((i) => i.id) });
  const messageOf = (id: string) => messages.find((m) => m.interactionId === id);
  const openId = param(sp, "open");
  const opened = openId ? await openInteraction(openId) : null;
  const when = new Intl.DateTimeFormat("en-GB", {
    day: "2-digit",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: f.timeZone,
  });
  const chartData = {
    unit: chart.unit,
    from: chart.from,
    to: chart.to,
    timeZone: chart.timeZone,
    buckets: chart.buckets.map((b) => ({ ...b, label: bucketLabel(b.start, chart.unit) })),
    points: chart.points?.map((p) => ({ ...p, at: p.at.toISOString() })) ?? null,
  };
  const usedChannels = CHANNELS.filter((c) => chart.byChannel[c] > 0);
  const isDefault = !f.from && !f.to && !f.channel;

  return (
    <div className="space-y-3">
      <PageHeader
        title={`Interactions Timeline · ${chart.subject.name}`}
        description={`${chart.total} interactions from ${chart.from} to ${chart.to}${f.channel ? ` on ${CHANNEL_LABEL[f.channel]}` : " on every channel"} · ${chart.deals} deals · ${chart.callReports} call reports · times in ${f.timeZone}`}
        actions={
          <Link
            href={backHref}
            className="inline-flex h-7 items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 text-xs font-medium text-slate-700 hover:bg-slate-50"
          >
            <ArrowLeft aria-hidden size={14} /> Back to the {subject}
          </Link>
        }
      />

      <form
        method="get"
        action={base}
        aria-label="Timeline filters"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2"
      >
        <label className="space-y-1 text-xs font-medium text-slate-700">
          <span className="block">Start Date</span>
          <input
            type="date"
            name="from"
            defaultValue={chart.from}
            className="h-8 rounded-md border border-slate-300 px-2 text-sm text-slate-900"
          />
        </label>
        <label className="space-y-1 text-xs font-medium text-slate-700">
          <span className="block">End Date</span>
          <input
            type="date"
            name="to"
            defaultValue={chart.to}
            className="h-8 rounded-md border border-slate-300 px-2 text-sm text-slate-900"
          />
        </label>
        <label className="space-y-1 text-xs font-medium text-slate-700">
          <span className="block">Channel</span>
          <select
            name="channel"
            defaultValue={f.channel ?? ""}
            className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900"
          >
            <option value="">All channels</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        {param(sp, "tz") && <input type="hidden" name="tz" value={f.timeZone} />}
        <button
          type="submit"
          className="h-8 rounded-md border border-blue-600 bg-blue-600 px-3 text-sm font-medium text-white hover:bg-blue-700"
        >
          Apply
        </button>
        {!isDefault && (
          <Link href={base} className="h-8 px-1 text-sm leading-8 text-blue-700 hover:underline">
            Last 12 months, every channel
          </Link>
        )}
      </form>

      <div className="grid gap-3 xl:grid-cols-5">
        <div className="space-y-3 xl:col-span-3">
          <Card className="p-3">
            <div className="mb-1 flex items-center justify-between">
              <h2 className="text-sm font-semibold text-slate-800">
                {chart.points ? "Each interaction" : `Interactions per ${chart.unit}`}
              </h2>
              {chart.total > 0 && (
                <span className="text-xs text-slate-500">
                  {chart.points ? "Click a point to open it" : "Click a bar to zoom in"}
                </span>
              )}
            </div>
            {chart.total === 0 ? (
              <EmptyState
                icon={History}
                title="No interactions in this view"
                description="Nothing took place in these dates on this channel. Widen the dates or choose every channel."
              />
            ) : (
              <TimelineChartLoader
                data={chartData}
                label={`Interactions Timeline chart, ${chart.total} interactions`}
              />
            )}
            {chart.total > 0 && (
              <details className="mt-2 text-xs">
                <summary className="cursor-pointer text-blue-700">Chart data as a table</summary>
                <div className="mt-2 max-h-72 overflow-auto rounded border border-slate-200">
                  <table className="w-full text-left text-xs">
                    <caption className="sr-only">Interactions per {chart.unit} and channel</caption>
                    <thead className="sticky top-0 bg-slate-50">
                      <tr>
                        <th scope="col" className="px-2 py-1">
                          {enumLabel(chart.unit)} from
                        </th>
                        {usedChannels.map((c) => (
                          <th key={c} scope="col" className="px-2 py-1 text-right">
                            {CHANNEL_LABEL[c]}
                          </th>
                        ))}
                        <th scope="col" className="px-2 py-1 text-right">
                          Total
                        </th>
                        <th scope="col" className="px-2 py-1 text-right">
                          Deals
                        </th>
                        <th scope="col" className="px-2 py-1 text-right">
                          Call reports
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {chart.buckets.map((b) => (
                        <tr key={b.start} className="border-t border-slate-100">
                          <th scope="row" className="px-2 py-1 font-normal">
                            {b.start}
                          </th>
                          {usedChannels.map((c) => (
                            <td key={c} className="px-2 py-1 text-right tabular-nums">
                              {b.byChannel[c] ?? 0}
                            </td>
                          ))}
                          <td className="px-2 py-1 text-right font-medium tabular-nums">{b.total}</td>
                          <td className="px-2 py-1 text-right tabular-nums">{b.deals}</td>
                          <td className="px-2 py-1 text-right tabular-nums">{b.callReports}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            )}
          </Card>
          {opened !== null && openId && (
            <Card className="p-3">
              <section aria-labelledby="opened-interaction" data-testid="opened-interaction">
                <div className="mb-2 flex items-start justify-between gap-2">
                  <div>
                    <h2 id="opened-interaction" className="text-sm font-semibold text-slate-900">
                      {opened.name}
                    </h2>
                    <p className="text-xs text-slate-600">
                      {CHANNEL_LABEL[opened.channel]} · {enumLabel(opened.type)} · {enumLabel(opened.status)}
                      {opened.activityDate ? ` · ${when.format(opened.activityDate)}` : ""}
                    </p>
                  </div>
                  <Link
                    href={hrefWith(base, sp, { open: undefined })}
                    aria-label="Close the interaction"
                    className="rounded p-1 text-slate-500 hover:bg-slate-100"
                  >
                    <X aria-hidden size={16} />
                  </Link>
                </div>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1.5 text-xs md:grid-cols-3">
                  {[
                    ["Account Name", opened.account.partyGroupName],
                    [
                      "Contact",
                      opened.contact ? (
                        <Link
                          key="c"
                          className="text-blue-700 hover:underline"
                          href={`/contacts/${opened.contact.id}/timeline`}
                        >
                          {opened.contact.foreName} {opened.contact.surname}
                        </Link>
                      ) : null,
                    ],
                    ["Assigned User", opened.assignedUser.name],
                    ["Duration (h)", opened.durationHours?.toString() ?? null],
                    ["Result Type", opened.resultType],
                    ["Subject", opened.subject],
                    ["Direction", opened.direction ? enumLabel(opened.direction) : null],
                    ["Source Type", opened.sourceType],
                    ["Call report", opened.commSessionId ? "Yes, from a call or chat" : "No"],
                  ].map(([label, value]) => (
                    <div key={String(label)}>
                      <dt className="text-slate-500">{label}</dt>
                      <dd className="text-slate-900">{value || "—"}</dd>
                    </div>
                  ))}
                </dl>
                {(opened.summary || opened.activityComments || opened.resultDescription) && (
                  <div className="mt-2 space-y-1 text-xs text-slate-800">
                    {opened.summary && (
                      <p>
                        <span className="font-medium">Summary: </span>
                        {opened.summary}
                      </p>
                    )}
                    {opened.activityComments && (
                      <p>
                        <span className="font-medium">Activity Comments: </span>
                        {opened.activityComments}
                      </p>
                    )}
                    {opened.resultDescription && (
                      <p>
                        <span className="font-medium">Result Description: </span>
                        {opened.resultDescription}
                      </p>
                    )}
                  </div>
                )}
                {opened.deals.length > 0 && (
                  <table className="mt-2 w-full text-left text-xs">
                    <caption className="text-left font-medium text-slate-800">Deals registered</caption>
                    <thead>
                      <tr className="text-slate-500">
                        <th className="py-1">Instrument</th>
                        <th>Side</th>
                        <th className="text-right">Notional</th>
                        <th className="text-right">Price</th>
                        <th>Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {opened.deals.map((d) => (
                        <tr key={d.id} className="border-t border-slate-100">
                          <td className="py-1">{d.instrument}</td>
                          <td>{enumLabel(d.side)}</td>
                          <td className="text-right tabular-nums">
                            {formatMoney(d.notional.toString(), d.currency)}
                          </td>
                          <td className="text-right tabular-nums">{d.price.toString()}</td>
                          <td>{enumLabel(d.status)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </Card>
          )}
          {openId && opened === null && (
            <p className="text-sm text-slate-600">That interaction is not available.</p>
          )}
        </div>

        <section aria-labelledby="timeline-list" className="space-y-2 xl:col-span-2">
          <h2 id="timeline-list" className="text-sm font-semibold text-slate-800">
            Interactions, newest first
          </h2>
          {page.items.length === 0 ? (
            <EmptyState icon={History} title="No interactions" description="None match these filters." />
          ) : (
            <ol
              className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white"
              data-testid="timeline-list"
            >
              {page.items.map((i) => (
                <li key={i.id} className={i.id === openId ? "bg-blue-50" : "hover:bg-slate-50"}>
                  <Link
                    href={hrefWith(base, sp, { open: i.id })}
                    scroll={false}
                    className="flex items-start gap-2 px-3 py-1.5"
                    aria-current={i.id === openId ? "true" : undefined}
                  >
                    <ChannelDot channel={i.channel} />
                    <span className="min-w-0 flex-1">
                      <span className="flex items-center gap-1.5">
                        <span className="truncate text-[13px] font-medium text-blue-800">{i.name}</span>
                        {i.callReport && (
                          <Badge tone="violet">
                            <PhoneCall aria-hidden size={10} className="mr-0.5" /> Call report
                          </Badge>
                        )}
                        {messageOf(i.id) && (
                          <MessageStateBadge
                            state={messageOf(i.id)!.state}
                            reply={messageOf(i.id)!.lastReply}
                          />
                        )}
                        {i.deals > 0 && (
                          <Badge tone="green">
                            <Handshake aria-hidden size={10} className="mr-0.5" /> {i.deals} deal
                            {i.deals > 1 ? "s" : ""}
                          </Badge>
                        )}
                      </span>
                      <span className="block truncate text-xs text-slate-600">
                        <time dateTime={i.activityDate.toISOString()}>{when.format(i.activityDate)}</time> ·{" "}
                        {CHANNEL_LABEL[i.channel]}
                        {i.resultType ? ` · ${i.resultType}` : ""}
                        {i.contact ? ` · ${i.contact.name}` : ""} · {i.assignedUser}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          )}
          <KeysetPager
            {...pagerHrefs(base, sp, page.nextCursor)}
            countLabel={`${page.items.length} of ${chart.total}`}
          />
        </section>
      </div>
    </div>
  );
}
