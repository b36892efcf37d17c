"use client";

import { useQuery } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Skeleton } from "@/app/_components/ui";

/** Two-way quotes for the customer's instruments, then core FX and bonds, from the price source. */
export function PricingTool({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.commTools.quotes.queryOptions({ accountId }), refetchInterval: 60_000 });
  if (q.isPending) return <Skeleton className="h-40" />;
  if (q.isError) return <p className="text-xs text-red-700">Could not load prices: {q.error.message}</p>;
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between">
        <Badge tone="amber">Indicative · {q.data.source}</Badge>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => void q.refetch()}
          aria-label="Refresh prices"
          disabled={q.isFetching}
        >
          <RefreshCw aria-hidden /> Refresh
        </Button>
      </div>
      <table className="w-full text-xs tabular-nums">
        <thead className="text-left text-[11px] text-slate-500">
          <tr>
            <th className="py-1 font-medium">Instrument</th>
            <th className="py-1 text-right font-medium">Bid</th>
            <th className="py-1 text-right font-medium">Ask</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {q.data.quotes.map((p) => (
            <tr key={p.instrument} title={p.unit}>
              <td className="py-1 text-slate-900">
                {p.instrument} {p.preferred && <span className="text-[10px] text-blue-700">★</span>}
              </td>
              <td className="py-1 text-right text-slate-800">{p.bid}</td>
              <td className="py-1 text-right text-slate-800">{p.ask}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-[11px] text-slate-500">★ the customer trades it. Prices are indicative, not firm.</p>
    </div>
  );
}
