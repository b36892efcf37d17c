import Link from "next/link";
import type { ReactNode } from "react";
import { ChevronRight, ChevronsLeft } from "lucide-react";
import { buttonClass } from "./Button.tsx";

/**
 * Keyset paging: "First page" and "Next", no page numbers, so a deep page costs the same as the
 * first. A missing href renders the control disabled (still visible, so the bar never jumps).
 */
export function KeysetPager({
  nextHref,
  firstHref,
  countLabel,
}: {
  nextHref?: string;
  firstHref?: string;
  countLabel?: string;
}) {
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-xs text-slate-600">
      <span className="tabular-nums">{countLabel}</span>
      <div className="flex gap-2">
        <PagerLink href={firstHref}>
          <ChevronsLeft aria-hidden /> First page
        </PagerLink>
        <PagerLink href={nextHref}>
          Next <ChevronRight aria-hidden />
        </PagerLink>
      </div>
    </nav>
  );
}

function PagerLink({ href, children }: { href?: string; children: ReactNode }) {
  const cls = buttonClass("secondary", "sm");
  if (!href) {
    return (
      <span aria-disabled="true" className={cls}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} className={cls}>
      {children}
    </Link>
  );
}
