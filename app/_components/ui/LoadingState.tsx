export function Skeleton({ className = "" }: { className?: string }) {
  return <div className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

/** A table-shaped placeholder while a list loads. */
export function LoadingState({ rows = 10, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label}…</span>
      <Skeleton className="h-6 w-48" />
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="h-8 border-b border-slate-200 bg-slate-50" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex h-8 items-center gap-4 border-b border-slate-100 px-3">
            <Skeleton className="h-3 w-1/4" />
            <Skeleton className="h-3 w-1/6" />
            <Skeleton className="h-3 w-1/5" />
            <Skeleton className="h-3 w-1/12" />
          </div>
        ))}
      </div>
    </div>
  );
}
