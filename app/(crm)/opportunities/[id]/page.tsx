import { HistoryList } from "../../_detail/HistoryList.tsx";
import { DeleteRecord } from "../../_detail/DeleteRecord.tsx";
import Link from "next/link";
import { api } from "@/server/trpc/server-caller.ts";
import { CalendarPlus, ListPlus, Pencil } from "lucide-react";
import { Button, Card, DataTable, PageHeader } from "@/app/_components/ui";
import { formatDate, formatDateTime, formatMoney, formatPercent } from "@/app/_components/format";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { StageBadge } from "../_components/StageBadge.tsx";

export default async function OpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const trpc = await api();
  const o = await orNotFound(trpc.opportunities.byId({ id }));
  type History = (typeof o.stageHistory)[number];
  return (
    <div className="space-y-4">
      <PageHeader
        title={o.name}
        description={o.account.partyGroupName}
        actions={
          <>
            <StageBadge stage={o.stage} />
            <Button size="sm" href={`/opportunities/${o.id}/edit`}>
              <Pencil aria-hidden size={14} /> Edit
            </Button>
            <Button size="sm" href={`/events/new?opportunityId=${o.id}`}>
              <CalendarPlus aria-hidden size={14} /> New event
            </Button>
            <Button size="sm" href={`/tasks/new?opportunity=${o.id}`}>
              <ListPlus aria-hidden size={14} /> New task
            </Button>
            <DeleteRecord kind="opportunities" id={o.id} />
          </>
        }
      />
      <Card>
        <FieldGrid
          fields={[
            { label: "Name", value: o.name },
            {
              label: "Account",
              value: (
                <Link className="text-blue-700 hover:underline" href={`/accounts/${o.account.id}`}>
                  {o.account.partyGroupName}
                </Link>
              ),
            },
            { label: "Stage", value: enumLabel(o.stage) },
            { label: "Probability", value: formatPercent(o.probability / 100) },
            { label: "Estimated Amount", value: formatMoney(o.estimatedAmount.toString(), o.currency) },
            { label: "Close Date", value: formatDate(o.closeDate) },
            { label: "Next Step", value: o.nextStep },
            { label: "Next Step Date", value: o.nextStepDate ? formatDate(o.nextStepDate) : null },
            {
              label: "Lead",
              value: o.lead ? (
                <Link className="text-blue-700 hover:underline" href={`/leads/${o.lead.id}`}>
                  {o.lead.foreName} {o.lead.surname} ({o.lead.partyId})
                </Link>
              ) : null,
            },
            { label: "Lead Source", value: o.leadSource ? enumLabel(o.leadSource) : null },
            { label: "Marketing Campaign", value: o.campaign?.name },
            { label: "Forecast category", value: enumLabel(o.forecastCategory) },
            { label: "Owner", value: o.owner.name },
            {
              label: "Contact",
              value: o.contact ? (
                <Link className="text-blue-700 hover:underline" href={`/contacts/${o.contact.id}`}>
                  {o.contact.foreName} {o.contact.surname}
                </Link>
              ) : null,
            },
            { label: "Description", value: o.description },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">Stage history</h2>
        <DataTable<History>
          rows={o.stageHistory}
          getRowKey={(h) => h.id}
          columns={[
            { key: "at", header: "When", cell: (h) => formatDateTime(h.changedAt) },
            { key: "from", header: "From", cell: (h) => (h.fromStage ? enumLabel(h.fromStage) : "—") },
            { key: "to", header: "To", cell: (h) => enumLabel(h.toStage) },
            {
              key: "p",
              header: "Probability",
              align: "right",
              cell: (h) => formatPercent(h.probability / 100),
            },
            { key: "by", header: "By", cell: (h) => h.changedBy.name },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">History</h2>
        <HistoryList entries={await trpc.opportunities.history({ id: o.id })} />
      </Card>
    </div>
  );
}
