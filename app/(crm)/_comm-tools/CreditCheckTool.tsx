"use client";

import { useDeferredValue, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Skeleton } from "@/app/_components/ui";
import { formatMoney } from "@/app/_components/format.ts";

/** Limit, exposure, pending approvals and headroom, and what a deal of a given size would do. */
export function CreditCheckTool({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const [size, setSize] = useState("");
  const proposed = useDeferredValue(Number(size) || 0);
  const q = useQuery(
    trpc.commTools.credit.queryOptions({ accountId, proposedNotional: proposed || undefined }),
  );
  if (q.isPending) return <Skeleton className="h-28" />;
  if (q.isError)
    return <p className="text-xs text-red-700">Could not load the credit position: {q.error.message}</p>;
  const { position: p, proposed: after } = q.data;
  const eur = (n: number) => formatMoney(n, p.currency);
  const used = p.limit > 0 ? Math.min(100, ((p.exposure + p.pending) / p.limit) * 100) : 100;
  return (
    <div className="space-y-2 text-xs">
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 tabular-nums">
        <dt className="text-slate-500">Limit</dt>
        <dd className="text-right text-slate-900">{eur(p.limit)}</dd>
        <dt className="text-slate-500">Exposure</dt>
        <dd className="text-right text-slate-900">{eur(p.exposure)}</dd>
        <dt className="text-slate-500">Pending approval</dt>
        <dd className="text-right text-slate-900">{eur(p.pending)}</dd>
        <dt className="font-medium text-slate-700">Headroom</dt>
        <dd
          data-testid="credit-headroom"
          className={`text-right font-semibold ${p.headroom < 0 ? "text-red-700" : "text-slate-900"}`}
        >
          {eur(p.headroom)}
        </dd>
      </dl>
      <div
        className="h-2 overflow-hidden rounded bg-slate-100"
        role="meter"
        aria-label="Credit used"
        aria-valuenow={Math.round(used)}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <div
          className={`h-full ${used > 90 ? "bg-red-500" : used > 70 ? "bg-amber-500" : "bg-emerald-500"}`}
          style={{ width: `${used}%` }}
        />
      </div>
      <label className="block text-slate-600">
        What would a deal of ({p.currency}) do
        <input
          value={size}
          onChange={(e) => setSize(e.target.value)}
          inputMode="decimal"
          placeholder="10000000"
          className="mt-0.5 h-7 w-full rounded-md border border-slate-300 px-2 tabular-nums"
        />
      </label>
      {after && (
        <p className={after.breach ? "text-red-700" : "text-slate-700"}>
          {after.breach
            ? `Breach: ${eur(-after.headroom)} over the limit; needs a manager's approval.`
            : `Headroom after: ${eur(after.headroom)}.`}
        </p>
      )}
    </div>
  );
}
