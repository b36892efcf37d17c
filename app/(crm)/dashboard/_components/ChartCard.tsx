import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";
import { Card, EmptyState } from "@/app/_components/ui";
import { DashboardChartLoader } from "./DashboardChartLoader.tsx";
import type { ChartSpec } from "./DashboardChart.tsx";

/**
 * A chart with the table behind it: the table is in the page for screen readers and keyboard
 * users (and opens for anyone), and an empty state replaces both when there is nothing to show.
 */
export function ChartCard({
  id,
  title,
  description,
  spec,
  table,
  empty,
  emptyIcon,
  height,
  className = "",
}: {
  id: string;
  title: string;
  description?: string;
  spec: ChartSpec;
  table: ReactNode;
  empty: { title: string; description: string } | null;
  emptyIcon?: LucideIcon;
  height?: number;
  className?: string;
}) {
  return (
    <Card className={`p-3 ${className}`}>
      <section aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
          {title}
        </h2>
        {description && <p className="text-xs text-slate-500">{description}</p>}
        {empty ? (
          <div className="mt-2">
            <EmptyState icon={emptyIcon} title={empty.title} description={empty.description} />
          </div>
        ) : (
          <>
            <figure aria-label={`${title} chart; the same figures are in the table below`} className="mt-2">
              <DashboardChartLoader spec={spec} height={height} />
            </figure>
            <details className="mt-1 text-xs">
              <summary className="cursor-pointer text-blue-700">Show as table</summary>
              <div className="mt-1 overflow-x-auto">{table}</div>
            </details>
          </>
        )}
      </section>
    </Card>
  );
}

/** A compact accessible table for a chart's figures. */
export function FigureTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    <table className="w-full text-left text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-500">
          {head.map((h, i) => (
            <th key={h} scope="col" className={`px-2 py-1 font-medium ${i > 0 ? "text-right" : ""}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r[0])} className="border-b border-slate-100 last:border-0">
            {r.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="px-2 py-1 font-normal text-slate-800">
                  {c}
                </th>
              ) : (
                <td key={i} className="px-2 py-1 text-right text-slate-800 tabular-nums">
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
