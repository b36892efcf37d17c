"use client";

import dynamic from "next/dynamic";
import type { ChartSpec } from "./DashboardChart.tsx";

// Recharts is loaded only on the dashboard routes.
const DashboardChart = dynamic(() => import("./DashboardChart.tsx"), {
  ssr: false,
  loading: () => <div className="h-[220px] animate-pulse rounded bg-slate-100" aria-hidden />,
});

export function DashboardChartLoader({ spec, height }: { spec: ChartSpec; height?: number }) {
  return <DashboardChart spec={spec} height={height} />;
}
