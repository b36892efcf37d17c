"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Badge } from "@/app/_components/ui";
import { formatDate, formatMoney } from "@/app/_components/format";
import { enumLabel } from "../../../_list/search-params.ts";

type ApplicationRow = {
  id: string;
  name: string;
  product: string | null;
  sourceSystem: string;
  status: string;
  submittedAt: Date | null;
  amount: string | null;
  currency: string | null;
};

export const applicationHref = (id: string) => `/applications/${id}`;

/** Seed 001's Applications: "To view additional details, double-click on a record from the list" (or Enter). */
export function ApplicationsSection({ rows }: { rows: ApplicationRow[] }) {
  const router = useRouter();
  return (
    <section aria-labelledby="applications-heading" className="space-y-2">
      <h3 id="applications-heading" className="text-sm font-semibold text-slate-800">
        Applications
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No applications.</p>
      ) : (
        <ul
          aria-label="Applications: double-click or press Enter to open one"
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-[13px]"
        >
          {rows.map((a) => (
            <li
              key={a.id}
              tabIndex={0}
              onDoubleClick={() => router.push(applicationHref(a.id))}
              onKeyDown={(e) => {
                if (e.key === "Enter" && e.target === e.currentTarget) router.push(applicationHref(a.id));
              }}
              className="flex cursor-default items-center justify-between gap-3 px-3 py-1.5 outline-none select-none hover:bg-slate-50 focus-visible:bg-blue-50 focus-visible:ring-2 focus-visible:ring-blue-500"
            >
              <span>
                <Link href={applicationHref(a.id)} className="font-medium text-blue-700 hover:underline">
                  {a.name}
                </Link>{" "}
                <span className="text-slate-600">
                  {a.product ? `${a.product} · ` : ""}
                  {a.sourceSystem}
                </span>
              </span>
              <span className="flex items-center gap-3 text-slate-600">
                {a.amount && a.currency && (
                  <span className="tabular-nums">{formatMoney(a.amount, a.currency)}</span>
                )}
                {a.submittedAt && formatDate(a.submittedAt)}
                <Badge tone={a.status === "APPROVED" ? "green" : a.status === "REJECTED" ? "red" : "blue"}>
                  {enumLabel(a.status)}
                </Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
