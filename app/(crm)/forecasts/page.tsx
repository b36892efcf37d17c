import Link from "next/link";
import { ChevronRight, Download, TrendingUp } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import type { ForecastRowOut } from "@/server/forecasts/forecast-view.ts";
import { Badge, Button, Card, DataTable, EmptyState, KeysetPager, PageHeader } from "@/app/_components/ui";
import { formatDate, formatDateTime, formatMoney, formatPercent } from "@/app/_components/format";
import { FilterChips } from "../_list/FilterChips.tsx";
import { enumLabel, hrefWith, pagerHrefs, type SearchParams } from "../_list/search-params.ts";
import { orNotFound } from "../_detail/or-not-found.ts";
import { StageBadge } from "../opportunities/_components/StageBadge.tsx";
import { forecastState, MEASURE_LABEL, MEASURES, periodOptions } from "./forecast-url.ts";
import { AdjustForecastForm } from "./_components/AdjustForecastForm.tsx";
import { SetQuotaForm } from "./_components/SetQuotaForm.tsx";

export const metadata = { title: "Forecasts · Dealfloor" };

const PATH = "/forecasts";

/** An adjusted figure with the unadjusted one beside it when they differ. */
function Adjusted({ value, original, currency }: { value: string; original: string; currency: string }) {
  if (value === original) return <>{formatMoney(value, currency)}</>;
  return (
    <span className="inline-flex flex-col items-end leading-tight">
      <span className="font-medium text-blue-800">{formatMoney(value, currency)}</span>
      <span className="text-[11px] text-slate-500">
        unadjusted{" "}
        <span className="line-through decoration-slate-400">{formatMoney(original, currency)}</span>
      </span>
    </span>
  );
}

function Stat({
  label,
  value,
  sub,
  href,
  testId,
}: {
  label: string;
  value: string;
  sub?: string;
  href?: string;
  testId: string;
}) {
  const body = (
    <>
      <div className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{label}</div>
      <div className="mt-0.5 text-lg font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </div>
      {sub && <div className="text-xs text-slate-500">{sub}</div>}
    </>
  );
  return href ? (
    <Link
      href={href}
      className="block rounded-lg border border-slate-200 bg-white px-3 py-2 hover:border-blue-300 hover:bg-blue-50/40"
    >
      {body}
    </Link>
  ) : (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2">{body}</div>
  );
}

export default async function ForecastsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const s = forecastState(sp);
  const trpc = await api();
  const view = await orNotFound(
    trpc.forecasts.view({
      periodType: s.periodType,
      periodStart: s.periodStart,
      timeZone: s.timeZone,
      teamId: s.teamId,
      userId: s.userId,
    }),
  );
  const node = {
    teamId: view.node.teamId ?? s.teamId,
    userId: view.level === "rep" ? view.node.id : undefined,
  };
  const isPerson = view.level === "rep";
  const [opportunities, history] = await Promise.all([
    s.measure || isPerson
      ? trpc.forecasts.opportunities({
          periodType: s.periodType,
          periodStart: view.periodStart,
          teamId: s.teamId,
          userId: node.userId,
          measure: s.measure ?? "pipeline",
          cursor: s.cursor,
          limit: 25,
        })
      : null,
    trpc.forecasts.history({
      periodType: s.periodType,
      periodStart: view.periodStart,
      teamId: s.teamId,
      userId: node.userId,
    }),
  ]);

  const f = view.node.figures;
  const cur = view.currency;
  const money = (v: string | null) => formatMoney(v, cur);
  const measureHref = (m: string) => hrefWith(PATH, sp, { measure: m, cursor: undefined });
  const drillHref = (r: ForecastRowOut) =>
    r.kind === "team" && view.level === "company"
      ? hrefWith(PATH, sp, { team: r.id, user: undefined, measure: undefined, cursor: undefined })
      : r.kind === "team"
        ? hrefWith(PATH, sp, { team: r.id, measure: undefined, cursor: undefined })
        : hrefWith(PATH, sp, { user: r.id, measure: undefined, cursor: undefined });
  const periodOpts = periodOptions(s.periodType, s.timeZone);
  const exportHref = hrefWith(`${PATH}/export`, sp, { cursor: undefined });

  const columns = [
    {
      key: "name",
      header: view.level === "company" ? "Team" : view.level === "team" ? "Person" : "Team",
      cell: (r: ForecastRowOut) => r.name,
    },
    {
      key: "quota",
      header: "Quota",
      align: "right" as const,
      cell: (r: ForecastRowOut) => money(r.figures.quota),
    },
    {
      key: "won",
      header: "Closed won",
      align: "right" as const,
      cell: (r: ForecastRowOut) => money(r.figures.closedWon),
    },
    {
      key: "att",
      header: "Attainment",
      align: "right" as const,
      cell: (r: ForecastRowOut) => formatPercent(r.figures.attainment),
    },
    {
      key: "commit",
      header: "Commit",
      align: "right" as const,
      cell: (r: ForecastRowOut) => (
        <Adjusted value={r.figures.adjusted.commit} original={r.figures.commit} currency={cur} />
      ),
    },
    {
      key: "best",
      header: "Best case",
      align: "right" as const,
      cell: (r: ForecastRowOut) => (
        <Adjusted value={r.figures.adjusted.bestCase} original={r.figures.bestCase} currency={cur} />
      ),
    },
    {
      key: "weighted",
      header: "Weighted pipeline",
      align: "right" as const,
      cell: (r: ForecastRowOut) => (
        <Adjusted value={r.figures.adjusted.weighted} original={r.figures.weighted} currency={cur} />
      ),
    },
    {
      key: "pipeline",
      header: "Open pipeline",
      align: "right" as const,
      cell: (r: ForecastRowOut) => money(r.figures.pipeline),
    },
    {
      key: "open",
      header: "Open deals",
      align: "right" as const,
      cell: (r: ForecastRowOut) => String(r.figures.openCount),
    },
  ];

  return (
    <div className="space-y-3">
      <PageHeader
        title="Sales forecast"
        description={`${view.periodLabel} · weighted pipeline, commit and best case against quota, in ${cur} · periods in ${view.timeZone}`}
        actions={
          <Button href={exportHref} size="sm">
            <Download aria-hidden size={14} /> Export CSV
          </Button>
        }
      />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <FilterChips
          pathname={PATH}
          searchParams={{ ...sp, measure: undefined }}
          name="type"
          label="Period"
          options={[
            { value: undefined, label: "Quarter" },
            { value: "month", label: "Month" },
          ]}
        />
        <FilterChips
          pathname={PATH}
          searchParams={sp}
          name="period"
          label={s.periodType === "QUARTER" ? "Quarter" : "Month"}
          options={periodOpts.map((o) => ({ value: o.isCurrent ? undefined : o.value, label: o.label }))}
        />
      </div>

      <nav aria-label="Forecast level" className="flex items-center gap-1 text-sm">
        {view.breadcrumb.map((b, i) => {
          const last = i === view.breadcrumb.length - 1;
          const href = hrefWith(PATH, sp, {
            team: b.teamId,
            user: b.userId,
            measure: undefined,
            cursor: undefined,
          });
          return (
            <span key={`${b.label}-${i}`} className="flex items-center gap-1">
              {i > 0 && <ChevronRight aria-hidden size={14} className="text-slate-400" />}
              {last ? (
                <span aria-current="page" className="font-semibold text-slate-900">
                  {b.label}
                </span>
              ) : (
                <Link href={href} className="text-blue-700 hover:underline">
                  {b.label}
                </Link>
              )}
            </span>
          );
        })}
      </nav>

      <div
        className="grid grid-cols-2 gap-2 md:grid-cols-3 xl:grid-cols-6"
        aria-label="Forecast summary"
        role="group"
      >
        <Stat
          label="Quota"
          value={money(f.quota)}
          sub={f.quota ? `Attainment ${formatPercent(f.attainment)}` : "No quota set"}
          testId="stat-quota"
        />
        <Stat
          label="Closed won"
          value={money(f.closedWon)}
          sub={`${f.wonCount} ${f.wonCount === 1 ? "deal" : "deals"}`}
          href={measureHref("closedWon")}
          testId="stat-closed-won"
        />
        <Stat
          label="Commit"
          value={money(f.adjusted.commit)}
          sub={f.adjusted.commit !== f.commit ? `Unadjusted ${money(f.commit)}` : "Not adjusted"}
          href={measureHref("commit")}
          testId="stat-commit"
        />
        <Stat
          label="Best case"
          value={money(f.adjusted.bestCase)}
          sub={f.adjusted.bestCase !== f.bestCase ? `Unadjusted ${money(f.bestCase)}` : "Not adjusted"}
          href={measureHref("bestCase")}
          testId="stat-best-case"
        />
        <Stat
          label="Weighted pipeline"
          value={money(f.adjusted.weighted)}
          sub={f.adjusted.weighted !== f.weighted ? `Unadjusted ${money(f.weighted)}` : "By probability"}
          href={measureHref("pipeline")}
          testId="stat-weighted"
        />
        <Stat
          label="Open pipeline"
          value={money(f.pipeline)}
          sub={`${f.openCount} open ${f.openCount === 1 ? "deal" : "deals"}`}
          href={measureHref("pipeline")}
          testId="stat-pipeline"
        />
      </div>

      {view.rows.length > 0 && (
        <section aria-labelledby="forecast-rows" className="space-y-1.5">
          <h2 id="forecast-rows" className="text-sm font-semibold text-slate-800">
            {view.level === "company" ? "By team" : view.level === "team" ? "By person" : "By team"}
          </h2>
          <DataTable<ForecastRowOut>
            caption={`Forecast ${view.periodLabel} by ${view.level === "team" ? "person" : "team"}`}
            rows={view.rows}
            getRowKey={(r) => `${r.teamId}/${r.id}`}
            rowHref={drillHref}
            columns={columns}
          />
        </section>
      )}
      {view.rows.length === 0 && view.level !== "rep" && (
        <EmptyState
          icon={TrendingUp}
          title="No forecast here"
          description="There is nobody in this view with a forecast for the period."
        />
      )}

      {view.canAdjust && (
        <Card>
          <h2 className="mb-2 text-sm font-semibold text-slate-800">
            Adjust {view.node.name}&apos;s forecast
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            <AdjustForecastForm
              key={`${view.periodStart}/${view.node.id}`}
              periodType={s.periodType}
              periodStart={view.periodStart}
              teamId={(node.teamId ?? view.node.id) as string}
              userId={node.userId}
              current={{
                COMMIT: f.adjusted.commit,
                BEST_CASE: f.adjusted.bestCase,
                PIPELINE: f.adjusted.weighted,
              }}
            />
            {isPerson && (
              <SetQuotaForm
                key={`q/${view.periodStart}/${view.node.id}`}
                userId={view.node.id}
                periodType={s.periodType}
                periodStart={view.periodStart}
                periodLabel={view.periodLabel}
                current={f.quota}
              />
            )}
          </div>
        </Card>
      )}

      {opportunities && (
        <section aria-labelledby="forecast-opps" className="space-y-1.5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="forecast-opps" className="text-sm font-semibold text-slate-800">
              Opportunities behind {MEASURE_LABEL[s.measure ?? "pipeline"].toLowerCase()}
            </h2>
            <FilterChips
              pathname={PATH}
              searchParams={sp}
              name="measure"
              label="Show"
              options={MEASURES.map((m) => ({
                value: m === "pipeline" ? undefined : m,
                label: MEASURE_LABEL[m],
              }))}
            />
          </div>
          {opportunities.items.length === 0 ? (
            <EmptyState
              icon={TrendingUp}
              title="No opportunities"
              description="Nothing behind this number in the period."
            />
          ) : (
            <>
              <DataTable
                caption="Opportunities behind the figure"
                rows={opportunities.items}
                getRowKey={(o) => o.id}
                rowHref={(o) => `/opportunities/${o.id}`}
                columns={[
                  { key: "name", header: "Name", cell: (o) => o.name },
                  { key: "account", header: "Account", cell: (o) => o.account.partyGroupName },
                  { key: "owner", header: "Owner", cell: (o) => o.owner },
                  { key: "stage", header: "Stage", cell: (o) => <StageBadge stage={o.stage} /> },
                  { key: "cat", header: "Forecast category", cell: (o) => enumLabel(o.forecastCategory) },
                  {
                    key: "prob",
                    header: "Probability",
                    align: "right",
                    cell: (o) => formatPercent(o.probability / 100),
                  },
                  {
                    key: "amount",
                    header: "Estimated Amount",
                    align: "right",
                    cell: (o) => formatMoney(o.amount, o.currency),
                  },
                  { key: "eur", header: `In ${cur}`, align: "right", cell: (o) => money(o.amountEur) },
                  { key: "weighted", header: "Weighted", align: "right", cell: (o) => money(o.weightedEur) },
                  { key: "close", header: "Close Date", cell: (o) => formatDate(o.closeDate) },
                ]}
              />
              <KeysetPager
                {...pagerHrefs(PATH, sp, opportunities.nextCursor)}
                countLabel={`${opportunities.items.length} shown`}
              />
            </>
          )}
        </section>
      )}

      <section aria-labelledby="forecast-history" className="space-y-1.5">
        <h2 id="forecast-history" className="text-sm font-semibold text-slate-800">
          Adjustment history
        </h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-600">No adjustments for {view.periodLabel}.</p>
        ) : (
          <DataTable
            caption="Adjustment history"
            rows={history}
            getRowKey={(h) => h.id}
            columns={[
              { key: "when", header: "When", cell: (h) => formatDateTime(h.createdAt) },
              { key: "who", header: "Adjusted by", cell: (h) => h.adjustedBy },
              {
                key: "subject",
                header: "Forecast of",
                cell: (h) => (h.team && h.subject !== h.team ? `${h.subject} · ${h.team}` : h.subject),
              },
              {
                key: "cat",
                header: "Figure",
                cell: (h) => (
                  <Badge tone="blue">
                    {h.category === "PIPELINE" ? "Weighted pipeline" : enumLabel(h.category)}
                  </Badge>
                ),
              },
              { key: "amount", header: "Amount", align: "right", cell: (h) => money(h.amount) },
              {
                key: "why",
                header: "Reason",
                cell: (h) => <span className="whitespace-normal">{h.reason}</span>,
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
