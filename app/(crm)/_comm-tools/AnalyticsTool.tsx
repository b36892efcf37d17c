"use client";

import dynamic from "next/dynamic";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Skeleton } from "@/app/_components/ui";
import { formatMoney } from "@/app/_components/format.ts";

// Recharts loads only where a chart is shown.
const RevenueChart = dynamic(() => import("./AnalyticsCharts.tsx").then((m) => m.RevenueChart), {
  ssr: false,
  loading: () => <Skeleton className="h-32" />,
});
const InteractionsChart = dynamic(() => import("./AnalyticsCharts.tsx").then((m) => m.InteractionsChart), {
  ssr: false,
  loading: () => <Skeleton className="h-32" />,
});
const HoldingsChart = dynamic(() => import("./AnalyticsCharts.tsx").then((m) => m.HoldingsChart), {
  ssr: false,
  loading: () => <Skeleton className="h-16" />,
});

const h = "mb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase";

/** Holdings, revenue and interaction history as charts, with a focus on one instrument when asked. */
export function AnalyticsTool({ accountId, instrument }: { accountId: string; instrument?: string }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.commTools.analytics.queryOptions({ accountId, instrument }));
  if (q.isPending) return <Skeleton className="h-64" />;
  if (q.isError)
    return <p className="text-xs text-red-700">Could not load the analytics: {q.error.message}</p>;
  const a = q.data;
  return (
    <div className="space-y-3 text-xs">
      {a.focus && (
        <div data-testid="analytics-focus" className="rounded-md bg-blue-50 p-2 ring-1 ring-blue-200">
          <p className="font-semibold text-blue-900">Focus: {a.focus.instrument}</p>
          <p className="text-blue-900">
            {a.focus.deals.length} booked deal{a.focus.deals.length === 1 ? "" : "s"}, net{" "}
            {formatMoney(a.holdings.find((x) => x.name === a.focus!.instrument)?.netEur ?? 0)};{" "}
            {a.focus.interactions.length} interaction{a.focus.interactions.length === 1 ? "" : "s"} mention
            it.
          </p>
          <ul className="mt-1 space-y-0.5 text-slate-700">
            {a.focus.interactions.slice(0, 3).map((i) => (
              <li key={i.id}>
                {i.activityDate ? new Date(i.activityDate).toLocaleDateString("en-GB") : "—"} · {i.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <p className={h}>Holdings</p>
        <p className="mb-1 text-slate-700">
          {a.products.length ? a.products.join(" · ") : "No products held."}
        </p>
        {a.holdings.length > 0 ? (
          <HoldingsChart rows={a.holdings.slice(0, 6)} />
        ) : (
          <p className="text-slate-500">No booked deals.</p>
        )}
      </div>
      <div>
        <p className={h}>Revenue, 12 months</p>
        <RevenueChart rows={a.revenue} />
      </div>
      <div>
        <p className={h}>Interactions, 12 months</p>
        <InteractionsChart months={a.interactions.months} channels={a.interactions.channels} />
      </div>
    </div>
  );
}
