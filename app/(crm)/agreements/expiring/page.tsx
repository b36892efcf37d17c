import Link from "next/link";
import { CalendarClock } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { agreementLabel } from "@/server/agreements/agreement-labels.ts";
import { EXPIRY_LIST_DAYS, EXPIRY_REMINDER_DAYS } from "@/server/agreements/expiry.ts";
import { Badge, DataTable, EmptyState, PageHeader } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { enumLabel } from "../../_list/search-params.ts";

export const metadata = { title: "Agreements ending soon · Dealfloor" };

/** Active agreements ending in the next 30 days: renew them before marketing consent lapses. */
export default async function ExpiringAgreementsPage() {
  const trpc = await api();
  const rows = await trpc.agreements.expiring({ days: EXPIRY_LIST_DAYS });
  return (
    <div className="space-y-3">
      <PageHeader
        title="Agreements ending soon"
        description={`Active agreements whose End Date falls in the next ${EXPIRY_LIST_DAYS} days. The account owner gets a task ${EXPIRY_REMINDER_DAYS} days before each.`}
        actions={
          <Link href="/agreements" className="text-sm font-medium text-blue-700 hover:underline">
            All agreements
          </Link>
        }
      />
      {rows.length === 0 ? (
        <EmptyState
          icon={CalendarClock}
          title={`No agreements end in the next ${EXPIRY_LIST_DAYS} days`}
          description="Agreements without an End Date never appear here."
        />
      ) : (
        <DataTable
          caption="Agreements ending soon"
          rows={rows}
          getRowKey={(a) => a.id}
          rowHref={(a) => `/agreements/${a.id}`}
          columns={[
            { key: "type", header: "Agreement Type", cell: (a) => agreementLabel(a.agreementType) },
            {
              key: "account",
              header: "Account",
              cell: (a) => (
                <Link href={`/accounts/${a.account.id}`} className="text-blue-700 hover:underline">
                  {a.account.partyGroupName}
                </Link>
              ),
            },
            { key: "end", header: "End Date", cell: (a) => formatDate(a.endDate) },
            {
              key: "left",
              header: "Days left",
              align: "right",
              cell: (a) => (
                <Badge tone={a.daysLeft <= EXPIRY_REMINDER_DAYS ? "amber" : "neutral"}>
                  {a.daysLeft === 0 ? "Ends today" : `${a.daysLeft} d`}
                </Badge>
              ),
            },
            { key: "owner", header: "Assigned User", cell: (a) => a.account.owner.name },
            {
              key: "contract",
              header: "Contract Number",
              cell: (a) => a.contract?.contractNumber ?? "No contract",
              className: "font-mono text-xs",
            },
            {
              key: "reminder",
              header: "Reminder task",
              cell: (a) => (a.reminderTask ? enumLabel(a.reminderTask.status) : "Not yet"),
            },
            { key: "renewal", header: "Renewal", cell: (a) => (a.renewal ? "Renewed" : "—") },
          ]}
        />
      )}
    </div>
  );
}
