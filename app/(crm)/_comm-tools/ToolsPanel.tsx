"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { Wrench } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Skeleton } from "@/app/_components/ui";
import type { CommCentreTool } from "@/server/comm-tools/catalog.ts";
import { AnalyticsTool } from "./AnalyticsTool.tsx";
import { PricingTool } from "./PricingTool.tsx";
import { CreditCheckTool } from "./CreditCheckTool.tsx";
import { DealTicket } from "./DealTicket.tsx";

const TITLE: Record<CommCentreTool, string> = {
  ANALYTICS: "Analytics",
  PRICING: "Pricing",
  CREDIT_CHECK: "Credit check",
  DEAL_TICKET: "Deal ticket",
};
const TEST_ID: Record<CommCentreTool, string> = {
  ANALYTICS: "tool-analytics",
  PRICING: "tool-pricing",
  CREDIT_CHECK: "tool-credit-check",
  DEAL_TICKET: "tool-deal-ticket",
};

function ToolCard({
  tool,
  focused,
  children,
}: {
  tool: CommCentreTool;
  focused: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: "nearest" });
  }, [focused]);
  return (
    <section
      ref={ref}
      data-testid={TEST_ID[tool]}
      aria-label={TITLE[tool]}
      className={`rounded-lg border bg-white p-3 shadow-xs ${focused ? "border-blue-400 ring-2 ring-blue-100" : "border-slate-200"}`}
    >
      <h3 className="mb-2 text-[13px] font-semibold text-slate-900">{TITLE[tool]}</h3>
      {children}
    </section>
  );
}

/**
 * The tools the admin rules choose from the customer's profile. A screen pop (`?session=`) opens
 * them at once; otherwise they are one click away.
 */
export function ToolsPanel({
  accountId,
  sessionId,
  focusTool,
  focusInstrument,
  instruments,
}: {
  accountId: string;
  sessionId?: string;
  focusTool?: string;
  focusInstrument?: string;
  instruments: string[];
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(Boolean(sessionId || focusTool));
  const choice = useQuery({ ...trpc.commTools.forAccount.queryOptions({ accountId }), enabled: open });

  if (!open) {
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        <Wrench aria-hidden /> Show tools
      </Button>
    );
  }
  if (choice.isPending) return <Skeleton className="h-48" />;
  if (choice.isError)
    return <p className="text-xs text-red-700">Could not load the tools: {choice.error.message}</p>;
  const { tools, rule } = choice.data;
  return (
    <div className="space-y-2" data-testid="tools-panel">
      <p className="text-xs text-slate-600">
        {rule ? (
          <>
            Tools chosen by rule: <span className="font-medium text-slate-900">{rule.name}</span>
          </>
        ) : (
          "No communication-centre rule matches this customer's profile, so no tools open."
        )}
      </p>
      <div className="grid gap-3 md:grid-cols-2 2xl:grid-cols-4">
        {tools.map((tool) => (
          <ToolCard key={tool} tool={tool} focused={focusTool?.toUpperCase().replace("-", "_") === tool}>
            {tool === "ANALYTICS" && <AnalyticsTool accountId={accountId} instrument={focusInstrument} />}
            {tool === "PRICING" && <PricingTool accountId={accountId} />}
            {tool === "CREDIT_CHECK" && <CreditCheckTool accountId={accountId} />}
            {tool === "DEAL_TICKET" && (
              <DealTicket accountId={accountId} sessionId={sessionId} instruments={instruments} />
            )}
          </ToolCard>
        ))}
      </div>
    </div>
  );
}
