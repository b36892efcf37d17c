"use client";

import { useState, type KeyboardEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { Badge, Button } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { enumLabel } from "../../../_list/search-params.ts";
import { agreementLabel } from "@/server/agreements/agreement-labels.ts";
import { AgreementForm } from "./AgreementForm.tsx";

type Agreement = {
  id: string;
  agreementType: string;
  status: string;
  startDate: Date;
  endDate: Date | null;
  withdrawnAt?: Date | null;
  contract: { contractNumber: string } | null;
};

export function AgreementsSection({
  accountId,
  rows,
  showingInactive,
  canManage,
  contracts,
  toggleHref,
}: {
  accountId: string;
  rows: Agreement[];
  showingInactive: boolean;
  canManage: boolean;
  contracts: { id: string; contractNumber: string; title: string }[];
  toggleHref: string;
}) {
  const [inserting, setInserting] = useState(false);
  const router = useRouter();
  // Seed 001: "To view a specific agreement, double click the desired record from the list";
  // Enter does the same from the keyboard, and the type is also a plain link.
  const open = (id: string) => router.push(`/agreements/${id}`);
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === "Enter" && e.target === e.currentTarget) open(id);
  };
  return (
    <section aria-labelledby="agreements-heading" className="space-y-2">
      <div className="flex items-center justify-between gap-3">
        <h3 id="agreements-heading" className="text-sm font-semibold text-slate-800">
          Agreements
        </h3>
        <div className="flex items-center gap-2">
          <Link
            href={toggleHref}
            scroll={false}
            className="text-xs font-medium text-blue-700 hover:underline"
          >
            {showingInactive ? "Show active only" : "Show inactive too"}
          </Link>
          {canManage && !inserting && (
            <Button size="sm" onClick={() => setInserting(true)}>
              <Plus aria-hidden size={14} /> Insert
            </Button>
          )}
        </div>
      </div>
      {!canManage && <p className="text-xs text-slate-600">Consent agreements are managed by admins.</p>}
      {inserting && (
        <AgreementForm accountId={accountId} contracts={contracts} onDone={() => setInserting(false)} />
      )}
      {rows.length > 0 && (
        <p className="text-xs text-slate-600">Double-click a row, or press Enter on it, to open it.</p>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No {showingInactive ? "" : "active "}agreements.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-[13px]">
          {rows.map((a) => (
            <li
              key={a.id}
              tabIndex={0}
              data-testid="agreement-row"
              aria-label={`${agreementLabel(a.agreementType)} agreement, ${enumLabel(a.status)}: press Enter to open`}
              onDoubleClick={() => open(a.id)}
              onKeyDown={onKey(a.id)}
              className="flex cursor-default items-center justify-between gap-3 px-3 py-1.5 outline-none select-none hover:bg-slate-50 focus-visible:bg-blue-50 focus-visible:ring-2 focus-visible:ring-blue-500 focus-visible:ring-inset"
            >
              <Link href={`/agreements/${a.id}`} className="font-medium text-slate-800 hover:underline">
                {agreementLabel(a.agreementType)}
              </Link>
              <span className="flex items-center gap-3 text-slate-600">
                {formatDate(a.startDate)} – {a.endDate ? formatDate(a.endDate) : "open-ended"}
                {a.contract && <span className="font-mono text-xs">{a.contract.contractNumber}</span>}
                <Badge tone={a.status === "ACTIVE" ? "green" : "neutral"}>
                  {a.withdrawnAt ? "Withdrawn" : enumLabel(a.status)}
                </Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
