import { UserPlus } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { LeadSource, LeadStatus } from "@/server/generated/prisma/enums.ts";
import { leadListView } from "@/server/leads/list-leads.ts";
import { Badge, Button } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { ListPage } from "../_list/ListPage.tsx";
import { ExportCsvLink } from "../import/_components/ExportCsvLink.tsx";
import { enumLabel, enumParam, param, viewOf, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Leads · Dealfloor" };

const statusTone = {
  NEW: "blue",
  CONTACTED: "violet",
  QUALIFIED: "amber",
  CONVERTED: "green",
  DISQUALIFIED: "neutral",
} as const;

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const view = viewOf(leadListView, sp);
  const trpc = await api();
  const page = await trpc.leads.list({
    ...view,
    cursor: param(sp, "cursor"),
    status: enumParam(sp, "status", LeadStatus),
    leadSource: enumParam(sp, "leadSource", LeadSource),
  });

  return (
    <ListPage
      title="Leads"
      description="New inquiries from campaigns, trade shows, direct mail and referrals."
      actions={
        <>
          <ExportCsvLink entity="leads" searchParams={sp} />
          <Button href="/import" size="sm">
            Import CSV
          </Button>
          <Button variant="primary" size="sm" href="/leads/new">
            New lead
          </Button>
        </>
      }
      pathname="/leads"
      searchParams={sp}
      page={page}
      view={{ entity: "leads", def: leadListView, current: view }}
      empty={{ icon: UserPlus, title: "No leads" }}
      filters={
        <>
          <FilterChips
            pathname="/leads"
            searchParams={sp}
            name="status"
            label="Status"
            options={enumOptions(LeadStatus, enumLabel)}
          />
          <FilterChips
            pathname="/leads"
            searchParams={sp}
            name="leadSource"
            label="Lead Source"
            options={enumOptions(LeadSource, enumLabel)}
          />
        </>
      }
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
        {
          key: "status",
          header: "Status",
          cell: (l) => <Badge tone={statusTone[l.status]}>{enumLabel(l.status)}</Badge>,
        },
        { key: "created", header: "Received", cell: (l) => formatDate(l.createdAt) },
        { key: "owner", header: "Owner", cell: (l) => l.owner.name },
      ]}
    />
  );
}
