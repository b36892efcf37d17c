"use client";

import { useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button, Select } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { enumLabel } from "../../../_list/search-params.ts";
import { ActivityForm } from "../../../campaigns/_components/ActivityForm.tsx";
import { ActivityActions } from "../../../campaigns/_components/ActivityActions.tsx";

const STATUSES = ["ASSIGNED", "UNASSIGNED", "IN_PROGRESS", "COMPLETED", "CANCELED"] as const;

type Activity = {
  id: string;
  version: number;
  accountId: string;
  assignedUserId: string | null;
  name: string;
  activityType: string;
  status: string;
  dueDate: Date | null;
  description: string | null;
  campaign: { name: string };
  assignedUser: { name: string } | null;
};

/**
 * Internal Campaign Activities: assigned by default; double-click (or Enter) opens the details.
 * "New activity" adds one under a campaign; each row offers the moves its status allows.
 */
export function CampaignActivities({
  rows,
  status,
  account,
}: {
  rows: Activity[];
  status: string;
  account: { id: string; title: string };
}) {
  const [adding, setAdding] = useState(false);
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [open, setOpen] = useState<Activity | null>(null);

  function choose(next: string) {
    const sp = new URLSearchParams(params.toString());
    if (next === "ASSIGNED") sp.delete("activityStatus");
    else sp.set("activityStatus", next);
    router.replace(`${pathname}?${sp.toString()}`, { scroll: false });
  }

  return (
    <section aria-labelledby="activities-heading" className="space-y-2">
      <div className="flex items-center justify-between gap-3">
        <h3 id="activities-heading" className="text-sm font-semibold text-slate-800">
          Internal Campaign Activities
        </h3>
        <div className="flex items-center gap-2">
          <Select
            aria-label="Activity status"
            className="w-40"
            value={status}
            onChange={(e) => choose(e.target.value)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {enumLabel(s)}
              </option>
            ))}
          </Select>
          {!adding && (
            <Button size="sm" variant="primary" onClick={() => setAdding(true)}>
              New activity
            </Button>
          )}
        </div>
      </div>
      {adding && <ActivityForm account={account} onDone={() => setAdding(false)} />}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No {enumLabel(status).toLowerCase()} activities.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-[13px]">
          {rows.map((a) => (
            <li
              key={a.id}
              tabIndex={0}
              onDoubleClick={() => setOpen(a)}
              onKeyDown={(e) => e.key === "Enter" && e.target === e.currentTarget && setOpen(a)}
              className="flex cursor-default items-center justify-between gap-3 px-3 py-1.5 hover:bg-slate-50"
            >
              <span className="font-medium text-slate-800">{a.name}</span>
              <span className="flex items-center gap-3 text-slate-600">
                <span>
                  {a.campaign.name} · {enumLabel(a.activityType)} ·{" "}
                  {a.dueDate ? formatDate(a.dueDate) : "no due date"}
                  {a.assignedUser && ` · ${a.assignedUser.name}`}
                </span>
                <ActivityActions activity={a} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div
          role="dialog"
          aria-modal="false"
          aria-labelledby="activity-detail"
          className="rounded-lg border border-blue-200 bg-blue-50/40 p-3 text-sm"
        >
          <div className="flex items-start justify-between">
            <h4 id="activity-detail" className="font-semibold text-slate-900">
              {open.name}
            </h4>
            <button
              type="button"
              className="text-xs text-blue-700 hover:underline"
              onClick={() => setOpen(null)}
            >
              Close
            </button>
          </div>
          <dl className="mt-2 grid grid-cols-2 gap-2 lg:grid-cols-4">
            <div>
              <dt className="text-xs text-slate-600">Campaign</dt>
              <dd>{open.campaign.name}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">Type</dt>
              <dd>{enumLabel(open.activityType)}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">Status</dt>
              <dd>{enumLabel(open.status)}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">Assigned to</dt>
              <dd>{open.assignedUser?.name ?? "Nobody"}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">Due</dt>
              <dd>{open.dueDate ? formatDate(open.dueDate) : "—"}</dd>
            </div>
          </dl>
          {open.description && <p className="mt-2 text-slate-700">{open.description}</p>}
        </div>
      )}
    </section>
  );
}
