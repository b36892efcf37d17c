"use client";

import dynamic from "next/dynamic";
import type { TimelineChartData } from "./TimelineChart.tsx";

// Recharts loads only where a timeline is shown.
const TimelineChart = dynamic(() => import("./TimelineChart.tsx"), {
  ssr: false,
  loading: () => <div className="h-[240px] animate-pulse rounded bg-slate-100" aria-hidden />,
});

export function TimelineChartLoader({ data, label }: { data: TimelineChartData; label: string }) {
  return (
    <figure role="group" aria-label={label} data-testid="timeline-chart" className="min-h-[180px]">
      <TimelineChart data={data} />
    </figure>
  );
}
