import Link from "next/link";
import { BarChart3, CalendarClock, PhoneCall, Target, TrendingUp, Users } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { isTimeZone } from "@/server/forecasts/forecast-periods.ts";
import { Badge, Card, DataTable, EmptyState, PageHeader } from "@/app/_components/ui";
import { formatDate, formatMoney, formatPercent } from "@/app/_components/format";
import { enumLabel, param, type SearchParams } from "../_list/search-params.ts";
import { CHANNEL_LABEL, CHANNELS } from "../_timeline/channels.ts";
import { StageBadge } from "../opportunities/_components/StageBadge.tsx";
import { ChartCard, FigureTable } from "./_components/ChartCard.tsx";

export const metadata = { title: "Dashboard · Dealfloor" };

const SHORT_STAGE: Record<string, string> = {
  PROSPECTING: "Prospect",
  QUALIFICATION: "Qualify",
  NEEDS_ANALYSIS: "Needs",
  PROPOSAL: "Proposal",
  NEGOTIATION: "Negotiate",
};

type StageFigures = { stage: string; count: number; amount: string | number; weighted: string | number };

/** The pipeline-by-stage chart: the manager's and the rep's dashboards draw the same one. */
function stageChart(stages: StageFigures[]) {
  return {
    kind: "stages" as const,
    rows: stages.map((s) => ({
      label: SHORT_STAGE[s.stage] ?? enumLabel(s.stage),
      amount: Number(s.amount),
      weighted: Number(s.weighted),
      count: s.count,
    })),
  };
}

/** The same figures as the chart's table, for those who would rather read them. */
function stageTableRows(stages: StageFigures[]) {
  return stages.map((s) => [enumLabel(s.stage), s.count, formatMoney(s.amount), formatMoney(s.weighted)]);
}

function Kpi({ label, value, sub, testId }: { label: string; value: string; sub?: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2">
      <div className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{label}</div>
      <div className="mt-0.5 text-lg font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </div>
      {sub && <div className="text-xs text-slate-500">{sub}</div>}
    </div>
  );
}

type Due = {
  id: string;
  kind: string;
  title: string;
  due: Date;
  who: string;
  overdue: boolean;
  href: string | null;
  account: { id: string; partyGroupName: string } | null;
};

function DueTable({ items, caption, showWho }: { items: Due[]; caption: string; showWho: boolean }) {
  const when = new Intl.DateTimeFormat("en-GB", {
    day: "2-digit",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });
  return (
    <DataTable<Due>
      caption={caption}
      rows={items}
      getRowKey={(i) => `${i.kind}/${i.id}`}
      columns={[
        {
          key: "title",
          header: "What",
          cell: (i) =>
            i.href ? (
              <Link className="font-medium text-blue-700 hover:underline" href={i.href}>
                {i.title}
              </Link>
            ) : (
              i.title
            ),
          className: "max-w-[22rem] truncate",
        },
        {
          key: "kind",
          header: "Kind",
          cell: (i) => (
            <Badge tone={i.kind === "Call-back" ? "violet" : i.kind === "Next step" ? "blue" : "neutral"}>
              {i.kind}
            </Badge>
          ),
        },
        {
          key: "account",
          header: "Account",
          cell: (i) => i.account?.partyGroupName ?? "—",
          className: "max-w-[14rem] truncate",
        },
        ...(showWho ? [{ key: "who", header: "Who", cell: (i: Due) => i.who }] : []),
        {
          key: "due",
          header: "Due",
          cell: (i) =>
            i.overdue ? (
              <span className="font-medium text-red-700">{when.format(i.due)} · overdue</span>
            ) : (
              when.format(i.due)
            ),
        },
      ]}
    />
  );
}

async function ManagerDashboard({ timeZone, title }: { timeZone: string; title: string }) {
  const trpc = await api();
  const d = await trpc.dashboards.manager({ timeZone });
  const current = d.forecastTrend.find((p) => p.periodStart === d.currentPeriod);
  const stagesEmpty = d.pipelineByStage.every((s) => s.count === 0);
  const trendEmpty = d.forecastTrend.every(
    (p) => p.quota === null && Number(p.closedWon) === 0 && Number(p.commit) === 0,
  );
  const winsEmpty = d.winRates.every((w) => w.won + w.lost === 0);
  const usedChannels = CHANNELS.filter((c) => (d.interactions.byChannel[c] ?? 0) > 0);

  return (
    <div className="space-y-3">
      <PageHeader
        title={title}
        description={`${d.scopeLabel} · figures in ${d.currency} · periods in ${timeZone}`}
        actions={
          <Link href="/forecasts" className="text-sm text-blue-700 hover:underline">
            Open the forecast
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-2 lg:grid-cols-5" role="group" aria-label="Key figures">
        <Kpi
          label="Open pipeline"
          value={formatMoney(d.pipelineByStage.reduce((s, r) => s + Number(r.amount), 0))}
          sub={`${d.pipelineByStage.reduce((s, r) => s + r.count, 0)} open deals`}
          testId="kpi-pipeline"
        />
        <Kpi
          label="This quarter won"
          value={formatMoney(current?.closedWon ?? null)}
          sub={
            current?.quota
              ? `of ${formatMoney(current.quota)} quota · ${formatPercent(current.attainment)}`
              : "No quota set"
          }
          testId="kpi-won"
        />
        <Kpi
          label="Commit (adjusted)"
          value={formatMoney(current?.adjusted.commit ?? null)}
          sub={
            current && current.adjusted.commit !== current.commit
              ? `Unadjusted ${formatMoney(current.commit)}`
              : "Not adjusted"
          }
          testId="kpi-commit"
        />
        <Kpi
          label="Win rate, 4 quarters"
          value={formatPercent(d.winRate)}
          sub="Won of closed, by count"
          testId="kpi-win-rate"
        />
        <Kpi
          label="Average won deal"
          value={formatMoney(d.averageDeal)}
          sub="Last four quarters"
          testId="kpi-average-deal"
        />
      </div>
      <div className="grid gap-3 xl:grid-cols-2">
        <ChartCard
          id="pipeline-by-stage"
          title="Pipeline by stage"
          description="Open opportunities, amount and probability-weighted"
          emptyIcon={Target}
          empty={
            stagesEmpty
              ? { title: "No open pipeline", description: "There are no open opportunities in your teams." }
              : null
          }
          spec={stageChart(d.pipelineByStage)}
          table={
            <FigureTable
              caption="Pipeline by stage"
              head={["Stage", "Deals", "Amount", "Weighted"]}
              rows={stageTableRows(d.pipelineByStage)}
            />
          }
        />
        <ChartCard
          id="forecast-vs-quota"
          title="Forecast against quota"
          description="Closed won and open commit per quarter, with the weighted pipeline and the quota"
          emptyIcon={TrendingUp}
          empty={
            trendEmpty
              ? { title: "No forecast yet", description: "No quotas or opportunities in these quarters." }
              : null
          }
          spec={{
            kind: "forecast",
            rows: d.forecastTrend.map((p) => ({
              label: p.label,
              quota: Number(p.quota ?? 0),
              closedWon: Number(p.closedWon),
              commit: Number(p.adjusted.commit),
              weighted: Number(p.adjusted.weighted),
            })),
          }}
          table={
            <FigureTable
              caption="Forecast against quota"
              head={["Quarter", "Quota", "Closed won", "Attainment", "Commit", "Weighted"]}
              rows={d.forecastTrend.map((p) => [
                p.label,
                formatMoney(p.quota),
                formatMoney(p.closedWon),
                formatPercent(p.attainment),
                formatMoney(p.adjusted.commit),
                formatMoney(p.adjusted.weighted),
              ])}
            />
          }
        />
        <ChartCard
          id="win-rate"
          title="Win rate and average deal size"
          description="Opportunities closed per quarter, by close date"
          emptyIcon={BarChart3}
          empty={
            winsEmpty
              ? {
                  title: "Nothing closed yet",
                  description: "No won or lost opportunities in the last four quarters.",
                }
              : null
          }
          spec={{
            kind: "winRate",
            rows: d.winRates.map((w) => ({
              label: w.label,
              winRate: w.winRate,
              averageDeal: w.averageDeal === null ? null : Number(w.averageDeal),
            })),
          }}
          table={
            <FigureTable
              caption="Win rate and average deal size"
              head={["Quarter", "Won", "Lost", "Win rate", "Average won deal"]}
              rows={d.winRates.map((w) => [
                w.label,
                w.won,
                w.lost,
                formatPercent(w.winRate),
                formatMoney(w.averageDeal),
              ])}
            />
          }
        />
        <ChartCard
          id="interactions"
          title="Interactions per channel and per person"
          description={`Since ${formatDate(d.interactionsSince)}, interactions that took place`}
          emptyIcon={Users}
          height={Math.max(200, 40 + d.interactions.byPerson.length * 26)}
          empty={
            d.interactions.byPerson.length === 0
              ? {
                  title: "No interactions",
                  description: "Nobody in your teams logged an interaction in the last 90 days.",
                }
              : null
          }
          spec={{
            kind: "interactions",
            rows: d.interactions.byPerson.map((p) => ({ name: p.name, ...p.byChannel })),
          }}
          table={
            <FigureTable
              caption="Interactions per person and channel"
              head={["Person", ...usedChannels.map((c) => CHANNEL_LABEL[c]), "Total"]}
              rows={[
                ...d.interactions.byPerson.map((p) => [
                  p.name,
                  ...usedChannels.map((c) => p.byChannel[c] ?? 0),
                  p.total,
                ]),
                [
                  "All",
                  ...usedChannels.map((c) => d.interactions.byChannel[c] ?? 0),
                  d.interactions.byPerson.reduce((s, p) => s + p.total, 0),
                ],
              ]}
            />
          }
        />
      </div>
      <section aria-labelledby="due-title" className="space-y-1.5">
        <h2 id="due-title" className="text-sm font-semibold text-slate-800">
          Activities due in the next 7 days
        </h2>
        {d.activitiesDue.length === 0 ? (
          <EmptyState
            icon={CalendarClock}
            title="Nothing due"
            description="No tasks, planned interactions or next steps are due this week."
          />
        ) : (
          <DueTable items={d.activitiesDue} caption="Activities due" showWho />
        )}
      </section>
    </div>
  );
}

async function RepDashboard({ timeZone }: { timeZone: string }) {
  const trpc = await api();
  const d = await trpc.dashboards.rep({ timeZone });
  const stagesEmpty = d.pipelineByStage.every((s) => s.count === 0);
  const trendEmpty = d.attainmentTrend.every((p) => p.quota === null && Number(p.closedWon) === 0);
  return (
    <div className="space-y-3">
      <PageHeader
        title="My dashboard"
        description={`Your pipeline, quota and what is due · ${d.currency} · ${timeZone}`}
        actions={
          <Link href="/forecasts" className="text-sm text-blue-700 hover:underline">
            My forecast
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-2 lg:grid-cols-4" role="group" aria-label="Key figures">
        <Kpi
          label={`Quota attainment ${d.quarter.label}`}
          value={formatPercent(d.quarter.attainment)}
          sub={
            d.quarter.quota
              ? `${formatMoney(d.quarter.closedWon)} of ${formatMoney(d.quarter.quota)}`
              : "No quota set"
          }
          testId="kpi-attainment-quarter"
        />
        <Kpi
          label={`Quota attainment ${d.month.label}`}
          value={formatPercent(d.month.attainment)}
          sub={
            d.month.quota
              ? `${formatMoney(d.month.closedWon)} of ${formatMoney(d.month.quota)}`
              : "No quota set"
          }
          testId="kpi-attainment-month"
        />
        <Kpi
          label="My commit"
          value={formatMoney(d.quarter.adjusted.commit)}
          sub={
            d.quarter.adjusted.commit !== d.quarter.commit
              ? `Adjusted by your manager · was ${formatMoney(d.quarter.commit)}`
              : d.quarter.label
          }
          testId="kpi-commit"
        />
        <Kpi
          label="My open pipeline"
          value={formatMoney(d.pipelineByStage.reduce((s, r) => s + Number(r.amount), 0))}
          sub={`${d.pipelineByStage.reduce((s, r) => s + r.count, 0)} open deals`}
          testId="kpi-pipeline"
        />
      </div>
      <div className="grid gap-3 xl:grid-cols-2">
        <ChartCard
          id="my-pipeline"
          title="My pipeline"
          description="My open opportunities by stage"
          emptyIcon={Target}
          empty={
            stagesEmpty
              ? {
                  title: "No open pipeline",
                  description: "You have no open opportunities. New ones will show here.",
                }
              : null
          }
          spec={stageChart(d.pipelineByStage)}
          table={
            <FigureTable
              caption="My pipeline by stage"
              head={["Stage", "Deals", "Amount", "Weighted"]}
              rows={stageTableRows(d.pipelineByStage)}
            />
          }
        />
        <ChartCard
          id="my-attainment"
          title="My quota attainment"
          description="Closed won against quota, per quarter"
          emptyIcon={TrendingUp}
          empty={
            trendEmpty
              ? {
                  title: "No quota yet",
                  description: "Your manager has not set a quota, and nothing has closed.",
                }
              : null
          }
          spec={{
            kind: "attainment",
            rows: d.attainmentTrend.map((p) => ({
              label: p.label,
              quota: Number(p.quota ?? 0),
              closedWon: Number(p.closedWon),
            })),
          }}
          table={
            <FigureTable
              caption="My quota attainment"
              head={["Quarter", "Quota", "Closed won", "Attainment"]}
              rows={d.attainmentTrend.map((p) => [
                p.label,
                formatMoney(p.quota),
                formatMoney(p.closedWon),
                formatPercent(p.attainment),
              ])}
            />
          }
        />
      </div>
      <div className="grid gap-3 xl:grid-cols-2">
        <Card className="p-3">
          <section aria-labelledby="callbacks-title" className="space-y-1.5">
            <h2 id="callbacks-title" className="text-sm font-semibold text-slate-800">
              My call-backs, next 14 days
            </h2>
            {d.callBacks.length === 0 ? (
              <EmptyState
                icon={PhoneCall}
                title="No call-backs due"
                description="Planned calls and call-back tasks will show here."
              />
            ) : (
              <DueTable items={d.callBacks} caption="My call-backs" showWho={false} />
            )}
          </section>
        </Card>
        <Card className="p-3">
          <section aria-labelledby="nextsteps-title" className="space-y-1.5">
            <h2 id="nextsteps-title" className="text-sm font-semibold text-slate-800">
              My next steps due
            </h2>
            {d.nextSteps.length === 0 ? (
              <EmptyState
                icon={CalendarClock}
                title="No next steps due"
                description="Open opportunities with a Next Step Date in the next two weeks show here."
              />
            ) : (
              <DataTable
                caption="My next steps due"
                rows={d.nextSteps}
                getRowKey={(o) => o.id}
                rowHref={(o) => `/opportunities/${o.id}`}
                columns={[
                  {
                    key: "step",
                    header: "Next Step",
                    cell: (o) => o.nextStep ?? o.name,
                    className: "max-w-[16rem] truncate",
                  },
                  {
                    key: "opp",
                    header: "Opportunity",
                    cell: (o) => o.name,
                    className: "max-w-[16rem] truncate",
                  },
                  { key: "stage", header: "Stage", cell: (o) => <StageBadge stage={o.stage} /> },
                  {
                    key: "date",
                    header: "Next Step Date",
                    cell: (o) =>
                      o.overdue ? (
                        <span className="font-medium text-red-700">
                          {formatDate(o.nextStepDate)} · overdue
                        </span>
                      ) : (
                        formatDate(o.nextStepDate)
                      ),
                  },
                ]}
              />
            )}
          </section>
        </Card>
      </div>
    </div>
  );
}

/** One route: the manager's dashboard for managers and admins, the rep's for reps (?view=mine too). */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [sp, viewer] = await Promise.all([searchParams, requireViewer()]);
  const tz = param(sp, "tz");
  const timeZone = tz && isTimeZone(tz) ? tz : "Europe/London";
  if (viewer.role === "REP" || param(sp, "view") === "mine") return <RepDashboard timeZone={timeZone} />;
  return (
    <ManagerDashboard
      timeZone={timeZone}
      title={viewer.role === "ADMIN" ? "Sales floor dashboard" : "Team dashboard"}
    />
  );
}
