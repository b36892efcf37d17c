"use client";

import { useState } from "react";
import Link from "next/link";
import { Plus } from "lucide-react";
import { Badge, Button } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { enumLabel } from "../../../_list/search-params.ts";
import { AgreementForm } from "./AgreementForm.tsx";

type Agreement = {
  id: string;
  agreementType: string;
  status: string;
  startDate: Date;
  endDate: Date | null;
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
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No {showingInactive ? "" : "active "}agreements.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-[13px]">
          {rows.map((a) => (
            <li key={a.id} className="flex items-center justify-between gap-3 px-3 py-1.5">
              <span className="font-medium text-slate-800">{enumLabel(a.agreementType)}</span>
              <span className="flex items-center gap-3 text-slate-600">
                {formatDate(a.startDate)} – {a.endDate ? formatDate(a.endDate) : "open-ended"}
                {a.contract && <span className="font-mono text-xs">{a.contract.contractNumber}</span>}
                <Badge tone={a.status === "ACTIVE" ? "green" : "neutral"}>{enumLabel(a.status)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
