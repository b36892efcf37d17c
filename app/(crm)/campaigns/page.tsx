import { Megaphone } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { campaignListView } from "@/server/campaigns/list-campaigns.ts";
import { CampaignStatus } from "@/server/generated/prisma/enums.ts";
import { Badge, Button } from "@/app/_components/ui";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { isManagerOrAdmin } from "@/server/access/viewer.ts";
import { campaignStatusTone } from "./_components/campaign-status-tone.ts";
import { formatDate, formatMoney } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { ListPage } from "../_list/ListPage.tsx";
import { ExportCsvLink } from "../import/_components/ExportCsvLink.tsx";
import { enumLabel, enumParam, param, viewOf, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Campaigns · Dealfloor" };

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [sp, viewer] = await Promise.all([searchParams, requireViewer()]);
  const view = viewOf(campaignListView, sp);
  const trpc = await api();
  const page = await trpc.campaigns.list({
    ...view,
    cursor: param(sp, "cursor"),
    status: enumParam(sp, "status", CampaignStatus),
  });

  return (
    <ListPage
      title="Campaigns"
      description="Marketing campaigns, their contact lists and internal campaign activities."
      actions={
        <>
          <ExportCsvLink entity="campaigns" searchParams={sp} />
          {isManagerOrAdmin(viewer) && (
            <Button href="/campaigns/new" variant="primary" size="sm">
              New campaign
            </Button>
          )}
        </>
      }
      pathname="/campaigns"
      searchParams={sp}
      page={page}
      view={{ entity: "campaigns", def: campaignListView, current: view }}
      empty={{ icon: Megaphone, title: "No campaigns" }}
      filters={
        <FilterChips
          pathname="/campaigns"
          searchParams={sp}
          name="status"
          label="Status"
          options={enumOptions(CampaignStatus, enumLabel)}
        />
      }
      getRowKey={(c) => c.id}
      rowHref={(c) => `/campaigns/${c.id}`}
      columns={[
        { key: "name", header: "Name", cell: (c) => c.name },
        { key: "channel", header: "Channel", cell: (c) => enumLabel(c.channel) },
        {
          key: "status",
          header: "Status",
          cell: (c) => <Badge tone={campaignStatusTone[c.status]}>{enumLabel(c.status)}</Badge>,
        },
        { key: "start", header: "Start", cell: (c) => formatDate(c.startDate) },
        { key: "end", header: "End", cell: (c) => (c.endDate ? formatDate(c.endDate) : "—") },
        {
          key: "budget",
          header: "Budget",
          align: "right",
          cell: (c) => (c.budget ? formatMoney(c.budget.toString(), c.currency ?? "EUR") : "—"),
        },
        { key: "lists", header: "Contact Lists", align: "right", cell: (c) => c._count.contactLists },
        { key: "acts", header: "Activities", align: "right", cell: (c) => c._count.activities },
        { key: "leads", header: "Leads", align: "right", cell: (c) => c._count.leads },
        { key: "owner", header: "Owner", cell: (c) => c.owner.name },
      ]}
    />
  );
}
