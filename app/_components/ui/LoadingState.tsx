import { Skeleton } from "./Skeleton.tsx";

// Varied widths so the placeholder reads as a table, not a barcode.
const CELL_WIDTHS = ["w-40", "w-24", "w-28", "w-14", "w-20", "w-16"];

/** A list page's shape (header, filters, table) while it loads: what loading.tsx renders. */
export function LoadingState({
  rows = 12,
  columns = 6,
  label = "Loading",
}: {
  rows?: number;
  columns?: number;
  label?: string;
}) {
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">{label}…</span>
      <div className="space-y-1.5">
        <Skeleton className="h-5 w-44" />
        <Skeleton className="h-3.5 w-80" />
      </div>
      <div className="flex gap-2">
        <Skeleton className="h-6 w-24" />
        <Skeleton className="h-6 w-24" />
      </div>
      <div aria-hidden className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs">
        <div className="flex h-8 items-center gap-6 border-b border-slate-200 bg-slate-50 px-3">
          {Array.from({ length: columns }, (_, c) => (
            <Skeleton key={c} className={`h-2.5 ${CELL_WIDTHS[c % CELL_WIDTHS.length]} bg-slate-200`} />
          ))}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div
            key={r}
            className="flex h-8 items-center gap-6 border-b border-slate-100 px-3 last:border-b-0 even:bg-slate-50/60"
          >
            {Array.from({ length: columns }, (_, c) => (
              <Skeleton key={c} className={`h-3 ${CELL_WIDTHS[(c + r) % CELL_WIDTHS.length]}`} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
