import Link from "next/link";
import { ChevronRight, ChevronsLeft } from "lucide-react";

const link = "inline-flex h-7 items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 text-xs font-medium text-slate-700 hover:bg-slate-50";
const disabled = "inline-flex h-7 items-center gap-1 rounded-md border border-slate-200 bg-slate-50 px-2.5 text-xs text-slate-400";

/** Keyset paging: "First page" and "Next"; there is no page count to keep deep pages cheap. */
export function KeysetPager({ nextHref, firstHref, countLabel }: { nextHref?: string; firstHref?: string; countLabel?: string }) {
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-xs text-slate-600">
      <span>{countLabel}</span>
      <div className="flex gap-2">
        {firstHref ? (
          <Link href={firstHref} className={link}>
            <ChevronsLeft aria-hidden size={14} /> First page
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            <ChevronsLeft aria-hidden size={14} /> First page
          </span>
        )}
        {nextHref ? (
          <Link href={nextHref} className={link}>
            Next <ChevronRight aria-hidden size={14} />
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            Next <ChevronRight aria-hidden size={14} />
          </span>
        )}
      </div>
    </nav>
  );
}
