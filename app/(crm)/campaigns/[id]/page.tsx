import Link from "next/link";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, Card, DataTable, PageHeader } from "@/app/_components/ui";
import { formatDate, formatMoney } from "@/app/_components/format";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { campaignStatusTone } from "../_components/campaign-status-tone.ts";
import { CampaignResults } from "../_components/CampaignResults.tsx";
import { NewActivity } from "../_components/NewActivity.tsx";
import { NewContactList } from "../_components/NewContactList.tsx";
import { ActivityActions } from "../_components/ActivityActions.tsx";

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const trpc = await api();
  const c = await orNotFound(trpc.campaigns.byId({ id }));
  const results = await trpc.campaigns.results({ id });
  const open = c.status === "PLANNED" || c.status === "ACTIVE";
  type Activity = (typeof c.activities)[number];
  return (
    <div className="space-y-4">
      <PageHeader
        title={c.name}
        description={`${enumLabel(c.channel)} campaign · ${c.team.name}`}
        actions={
          <>
            <Badge tone={campaignStatusTone[c.status]}>{enumLabel(c.status)}</Badge>
            <Link
              href={`/leads?campaign=${c.id}`}
              className="text-sm font-medium text-blue-700 hover:underline"
            >
              Leads ({c._count.leads})
            </Link>
            <Link
              href={`/opportunities?campaign=${c.id}`}
              className="text-sm font-medium text-blue-700 hover:underline"
            >
              Opportunities ({c._count.opportunities})
            </Link>
          </>
        }
      />
      <CampaignResults r={results} />
      <div className="grid gap-4 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          <h2 className="mb-3 text-sm font-semibold text-slate-800">Campaign</h2>
          <FieldGrid
            fields={[
              { label: "Name", value: c.name },
              { label: "Channel", value: enumLabel(c.channel) },
              { label: "Status", value: enumLabel(c.status) },
              { label: "Start Date", value: formatDate(c.startDate) },
              { label: "End Date", value: c.endDate ? formatDate(c.endDate) : null },
              {
                label: "Budget",
                value: c.budget !== null && c.currency ? formatMoney(c.budget.toString(), c.currency) : null,
              },
              { label: "Owner", value: c.owner.name },
              { label: "Team", value: c.team.name },
              { label: "Description", value: c.description },
            ]}
          />
        </Card>
        <Card>
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 className="text-sm font-semibold text-slate-800">Contact lists</h2>
            <NewContactList campaignId={c.id} />
          </div>
          {c.contactLists.length === 0 ? (
            <p className="text-sm text-slate-600">No contact lists yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-[13px]">
              {c.contactLists.map((l) => (
                <li key={l.id} className="flex justify-between gap-2 py-1.5">
                  <Link
                    href={`/campaigns/${c.id}/lists/${l.id}`}
                    className="truncate text-blue-700 hover:underline"
                  >
                    {l.name}
                  </Link>
                  <span className="shrink-0 text-slate-600">{l._count.members} members</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <section aria-labelledby="campaign-activities" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="campaign-activities" className="text-sm font-semibold text-slate-800">
            Internal Campaign Activities ({c.activities.length})
          </h2>
          {open ? (
            <NewActivity campaignId={c.id} />
          ) : (
            <p className="text-xs text-slate-600">This campaign is closed: no new activities.</p>
          )}
        </div>
        <DataTable<Activity>
          caption="Internal Campaign Activities"
          rows={c.activities}
          getRowKey={(a) => a.id}
          empty="No activities on accounts you can see."
          columns={[
            { key: "name", header: "Name", cell: (a) => a.name },
            {
              key: "account",
              header: "Account",
              cell: (a) => (
                <Link href={`/accounts/${a.account.id}`} className="text-blue-700 hover:underline">
                  {a.account.partyGroupName}
                </Link>
              ),
            },
            { key: "type", header: "Activity Type", cell: (a) => enumLabel(a.activityType) },
            { key: "status", header: "Status", cell: (a) => enumLabel(a.status) },
            { key: "due", header: "Due Date", cell: (a) => (a.dueDate ? formatDate(a.dueDate) : "—") },
            { key: "assigned", header: "Assigned User", cell: (a) => a.assignedUser?.name ?? "Unassigned" },
            {
              key: "actions",
              header: "Actions",
              align: "right",
              cell: (a) => <ActivityActions activity={a} />,
            },
          ]}
        />
      </section>
    </div>
  );
}
