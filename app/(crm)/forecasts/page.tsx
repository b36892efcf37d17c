import { TrendingUp } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { DataTable, EmptyState, PageHeader } from "@/app/_components/ui";
import { formatMoney } from "@/app/_components/format";
import { FilterChips } from "../_list/FilterChips.tsx";
import { param, type SearchParams } from "../_list/search-params.ts";
import { quarterOptions } from "./quarter-options.ts";

export const metadata = { title: "Forecasts · Dealfloor" };

export default async function ForecastsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const options = quarterOptions(new Date());
  const chosen = options.find((o) => o.value === param(sp, "quarter"));
  const trpc = await api();
  const forecast = await trpc.forecasts.quarter({ quarterStart: chosen ? new Date(chosen.value) : undefined });
  type Row = (typeof forecast.rows)[number];
  const money = (n: number) => formatMoney(n, forecast.currency);
  const total = forecast.rows.reduce(
    (t, r) => ({ quota: t.quota + (r.quota ?? 0), weighted: t.weighted + r.weighted, commit: t.commit + r.commit, bestCase: t.bestCase + r.bestCase, closedWon: t.closedWon + r.closedWon }),
    { quota: 0, weighted: 0, commit: 0, bestCase: 0, closedWon: 0 },
  );

  return (
    <div className="space-y-3">
      <PageHeader
        title="Sales forecast"
        description={`Per rep for the quarter: pipeline weighted by probability, commit, best case and closed-won against quota, in ${forecast.currency}.`}
      />
      <FilterChips
        pathname="/forecasts"
        searchParams={sp}
        name="quarter"
        label="Quarter"
        options={options.map((o) => ({ value: o.isCurrent ? undefined : o.value, label: o.label }))}
      />
      {forecast.rows.length === 0 ? (
        <EmptyState icon={TrendingUp} title="No forecast" description="There is nobody whose forecast you can see." />
      ) : (
        <DataTable<Row>
          rows={forecast.rows}
          getRowKey={(r) => r.userId}
          columns={[
            { key: "rep", header: "Rep", cell: (r) => r.name },
            { key: "team", header: "Team", cell: (r) => r.teams.join(", ") || "—" },
            { key: "quota", header: "Quota", align: "right", cell: (r) => (r.quota === null ? "—" : money(r.quota)) },
            { key: "weighted", header: "Weighted pipeline", align: "right", cell: (r) => money(r.weighted) },
            { key: "commit", header: "Commit", align: "right", cell: (r) => money(r.commit) },
            { key: "best", header: "Best case", align: "right", cell: (r) => money(r.bestCase) },
            { key: "won", header: "Closed won", align: "right", cell: (r) => money(r.closedWon) },
            { key: "att", header: "Attainment", align: "right", cell: (r) => (r.attainment === null ? "—" : `${Math.round(r.attainment * 100)}%`) },
          ]}
        />
      )}
      {forecast.rows.length > 1 && (
        <p className="text-xs text-slate-600">
          Total: quota {money(total.quota)} · weighted {money(total.weighted)} · commit {money(total.commit)} · best case{" "}
          {money(total.bestCase)} · closed won {money(total.closedWon)}
        </p>
      )}
    </div>
  );
}
