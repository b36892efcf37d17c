"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Clock, MessageSquare, Phone } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { EmptyState, Skeleton } from "@/app/_components/ui";
import { communicationHref, customerName } from "./communication-href.ts";

const ICON = { PHONE: Phone, CHAT: MessageSquare } as const;

function when(date: Date | string | null): string {
  if (!date) return "";
  const d = new Date(date);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay
    ? d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })
    : d.toLocaleDateString("en-GB", { day: "numeric", month: "short" });
}

/** Seed 003: the signed-in user's most recent communications, newest first. */
export function LatestCommunications({ refreshKey }: { refreshKey: number }) {
  const trpc = useTRPC();
  const latest = useQuery(trpc.communications.latest.queryOptions({ limit: 6 }));
  const { refetch } = latest;
  // A report saved or a call finished elsewhere adds to the list.
  useEffect(() => void refetch(), [refreshKey, refetch]);
  if (latest.isPending) return <Skeleton className="h-24" />;
  if (latest.isError) return <p className="text-xs text-red-700">Could not load your communications.</p>;
  if (latest.data.items.length === 0) {
    return (
      <EmptyState
        compact
        icon={Clock}
        title="No recent communications"
        description="Your calls and chats show here, newest first."
      />
    );
  }
  return (
    <ul className="divide-y divide-slate-100" data-testid="latest-communications">
      {latest.data.items.map((i) => {
        const Icon = ICON[i.channel as keyof typeof ICON] ?? Clock;
        return (
          <li key={i.id}>
            <Link
              href={communicationHref(i)}
              className="flex items-center gap-2 py-1.5 text-xs hover:bg-slate-50"
            >
              <Icon aria-hidden size={13} className="shrink-0 text-slate-500" />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium text-slate-900">{customerName(i)}</span>
                <span className={`block truncate ${i.reportPending ? "text-amber-800" : "text-slate-600"}`}>
                  {i.title}
                </span>
              </span>
              <span className="shrink-0 text-slate-500 tabular-nums">{when(i.at)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
