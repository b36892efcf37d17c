import { UserPlus } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { LeadSource, LeadStatus } from "@/server/generated/prisma/enums.ts";
import { Badge, Button, DataTable, EmptyState, KeysetPager, PageHeader } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { enumLabel, enumParam, pagerHrefs, param, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Leads · Dealfloor" };

const statusTone = { NEW: "blue", CONTACTED: "violet", QUALIFIED: "amber", CONVERTED: "green", DISQUALIFIED: "neutral" } as const;

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const trpc = await api();
  const page = await trpc.leads.list({
    cursor: param(sp, "cursor"),
    status: enumParam(sp, "status", LeadStatus),
    leadSource: enumParam(sp, "leadSource", LeadSource),
  });
  type Row = (typeof page.items)[number];

  return (
    <div className="space-y-3">
      <PageHeader title="Leads" description="New inquiries from campaigns, trade shows, direct mail and referrals." actions={<Button variant="primary" href="/leads/new">New lead</Button>} />
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <FilterChips pathname="/leads" searchParams={sp} name="status" label="Status" options={enumOptions(LeadStatus, enumLabel)} />
        <FilterChips pathname="/leads" searchParams={sp} name="leadSource" label="Lead Source" options={enumOptions(LeadSource, enumLabel)} />
      </div>
      {page.items.length === 0 ? (
        <EmptyState icon={UserPlus} title="No leads" description="No leads match this view." />
      ) : (
        <DataTable<Row>
          rows={page.items}
          getRowKey={(l) => l.id}
          rowHref={(l) => `/leads/${l.id}`}
          columns={[
            { key: "partyId", header: "Party ID", cell: (l) => l.partyId, className: "font-mono text-xs" },
            { key: "group", header: "Party Group Name", cell: (l) => l.partyGroupName ?? "—" },
            { key: "fore", header: "Fore Name", cell: (l) => l.foreName },
            { key: "sur", header: "Surname", cell: (l) => l.surname },
            { key: "source", header: "Lead Source", cell: (l) => enumLabel(l.leadSource) },
            { key: "list", header: "Contact List", cell: (l) => l.contactList?.name ?? "—" },
            { key: "campaign", header: "Marketing Campaign", cell: (l) => l.campaign?.name ?? "—" },
            { key: "status", header: "Status", cell: (l) => <Badge tone={statusTone[l.status]}>{enumLabel(l.status)}</Badge> },
            { key: "created", header: "Received", cell: (l) => formatDate(l.createdAt) },
            { key: "owner", header: "Owner", cell: (l) => l.owner.name },
          ]}
        />
      )}
      <KeysetPager {...pagerHrefs("/leads", sp, page.nextCursor)} countLabel={`${page.items.length} shown`} />
    </div>
  );
}
