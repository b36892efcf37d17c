import type { ReactNode } from "react";

/**
 * A white panel. With `title` it gets a header row (h2 + optional actions) and names its
 * section, so screen readers can jump to it.
 */
export function Card({
  title,
  actions,
  className = "",
  children,
}: {
  title?: string;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  if (!title) {
    return (
      <section className={`rounded-lg border border-slate-200 bg-white p-4 shadow-xs ${className}`}>
        {children}
      </section>
    );
  }
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white shadow-xs">
      <header className="flex min-h-10 items-center justify-between gap-3 border-b border-slate-200 px-4 py-2">
        <h2 className="text-[13px] font-semibold text-slate-900">{title}</h2>
        {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
      </header>
      <div className={`p-4 ${className}`}>{children}</div>
    </section>
  );
}
