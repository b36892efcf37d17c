"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Badge, Button } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { enumLabel } from "../../../_list/search-params.ts";
import { InteractionForm, type AccountFacts } from "./InteractionForm.tsx";

type Row = {
  id: string;
  name: string;
  type: string;
  channel: string;
  status: string;
  isMarketing: boolean;
  activityDate: Date | null;
  planStartAt: Date | null;
  resultType: string | null;
  sentAt: Date | null;
  assignedUser: { name: string };
};

export function InteractionsSection(props: {
  rows: Row[];
  account: AccountFacts;
  users: { id: string; name: string }[];
  templates: {
    id: string;
    name: string;
    channel: string;
    culture: string;
    subject: string | null;
    body: string;
  }[];
  viewerId: string;
}) {
  const [inserting, setInserting] = useState(false);
  return (
    <section id="interactions" aria-labelledby="interactions-heading" className="scroll-mt-4 space-y-2">
      <div className="flex items-center justify-between">
        <h3 id="interactions-heading" className="text-sm font-semibold text-slate-800">
          Interactions
        </h3>
        {!inserting && (
          <Button size="sm" onClick={() => setInserting(true)}>
            <Plus aria-hidden size={14} /> Insert
          </Button>
        )}
      </div>
      {inserting && <InteractionForm {...props} onDone={() => setInserting(false)} />}
      {props.rows.length === 0 ? (
        <p className="text-sm text-slate-600">No interactions yet.</p>
      ) : (
        <div
          tabIndex={0}
          role="region"
          aria-label="Interactions"
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <table className="w-full text-left text-[13px]">
            <thead className="bg-slate-50 text-[11px] font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">
                  When
                </th>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Type
                </th>
                <th scope="col" className="px-3 py-2">
                  Channel
                </th>
                <th scope="col" className="px-3 py-2">
                  Status
                </th>
                <th scope="col" className="px-3 py-2">
                  Result Type
                </th>
                <th scope="col" className="px-3 py-2">
                  Assigned User
                </th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => {
                const when = r.activityDate ?? r.planStartAt;
                return (
                  <tr key={r.id} className="h-8 border-t border-slate-100">
                    <td className="px-3 whitespace-nowrap">{when ? formatDateTime(when) : "—"}</td>
                    <td className="px-3">
                      {r.name} {r.isMarketing && <Badge tone="violet">Marketing</Badge>}{" "}
                      {r.sentAt && <Badge tone="green">Sent</Badge>}
                    </td>
                    <td className="px-3">{enumLabel(r.type)}</td>
                    <td className="px-3">{enumLabel(r.channel)}</td>
                    <td className="px-3">{enumLabel(r.status)}</td>
                    <td className="px-3">{r.resultType ?? "—"}</td>
                    <td className="px-3">{r.assignedUser.name}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
