import { Target } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { OpportunityStage } from "@/server/generated/prisma/enums.ts";
import { opportunityListView } from "@/server/opportunities/list-opportunities.ts";
import { Button } from "@/app/_components/ui";
import { formatDate, formatMoney, formatPercent } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { ListPage } from "../_list/ListPage.tsx";
import { ExportCsvLink } from "../import/_components/ExportCsvLink.tsx";
import { enumLabel, enumParam, param, viewOf, type SearchParams } from "../_list/search-params.ts";
import { StageBadge } from "./_components/StageBadge.tsx";

export const metadata = { title: "Opportunities · Dealfloor" };

export default async function OpportunitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const view = viewOf(opportunityListView, sp);
  const trpc = await api();
  const page = await trpc.opportunities.list({
    ...view,
    cursor: param(sp, "cursor"),
    stage: enumParam(sp, "stage", OpportunityStage),
  });

  return (
    <ListPage
      title="Opportunities"
      description="Deals you can close, by close date."
      actions={
        <>
          <ExportCsvLink entity="opportunities" searchParams={sp} />
          <Button href="/opportunities/pipeline" size="sm">
            Pipeline board
          </Button>
          <Button variant="primary" size="sm" href="/opportunities/new">
            New opportunity
          </Button>
        </>
      }
      pathname="/opportunities"
      searchParams={sp}
      page={page}
      view={{ entity: "opportunities", def: opportunityListView, current: view }}
      empty={{ icon: Target, title: "No opportunities" }}
      filters={
        <FilterChips
          pathname="/opportunities"
          searchParams={sp}
          name="stage"
          label="Stage"
          options={enumOptions(OpportunityStage, enumLabel)}
        />
      }
      getRowKey={(o) => o.id}
      rowHref={(o) => `/opportunities/${o.id}`}
      columns={[
        { key: "name", header: "Name", cell: (o) => o.name },
        { key: "account", header: "Account", cell: (o) => o.account.partyGroupName },
        { key: "stage", header: "Stage", cell: (o) => <StageBadge stage={o.stage} /> },
        {
          key: "prob",
          header: "Probability",
          align: "right",
          cell: (o) => formatPercent(o.probability / 100),
        },
        {
          key: "amount",
          header: "Estimated Amount",
          align: "right",
          cell: (o) => formatMoney(o.estimatedAmount.toString(), o.currency),
        },
        { key: "close", header: "Close Date", cell: (o) => formatDate(o.closeDate) },
        { key: "next", header: "Next Step", cell: (o) => o.nextStep ?? "—" },
        {
          key: "nextDate",
          header: "Next Step Date",
          cell: (o) => (o.nextStepDate ? formatDate(o.nextStepDate) : "—"),
        },
        { key: "owner", header: "Owner", cell: (o) => o.owner.name },
      ]}
    />
  );
}
