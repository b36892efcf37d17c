import { Target } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { OpportunityStage } from "@/server/generated/prisma/enums.ts";
import { Button, DataTable, EmptyState, KeysetPager, PageHeader } from "@/app/_components/ui";
import { formatDate, formatMoney } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { enumLabel, enumParam, pagerHrefs, param, type SearchParams } from "../_list/search-params.ts";
import { StageBadge } from "./_components/StageBadge.tsx";

export const metadata = { title: "Opportunities · Dealfloor" };

export default async function OpportunitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const trpc = await api();
  const page = await trpc.opportunities.list({
    cursor: param(sp, "cursor"),
    stage: enumParam(sp, "stage", OpportunityStage),
  });
  type Row = (typeof page.items)[number];

  return (
    <div className="space-y-3">
      <PageHeader
        title="Opportunities"
        description="Deals you can close, by close date."
        actions={
          <>
            <Button href="/opportunities/pipeline">Pipeline board</Button>
            <Button variant="primary" href="/opportunities/new">New opportunity</Button>
          </>
        }
      />
      <FilterChips pathname="/opportunities" searchParams={sp} name="stage" label="Stage" options={enumOptions(OpportunityStage, enumLabel)} />
      {page.items.length === 0 ? (
        <EmptyState icon={Target} title="No opportunities" description="No opportunities match this view." />
      ) : (
        <DataTable<Row>
          rows={page.items}
          getRowKey={(o) => o.id}
          rowHref={(o) => `/opportunities/${o.id}`}
          columns={[
            { key: "name", header: "Name", cell: (o) => o.name },
            { key: "account", header: "Account", cell: (o) => o.account.partyGroupName },
            { key: "stage", header: "Stage", cell: (o) => <StageBadge stage={o.stage} /> },
            { key: "prob", header: "Probability", align: "right", cell: (o) => `${o.probability}%` },
            { key: "amount", header: "Estimated Amount", align: "right", cell: (o) => formatMoney(o.estimatedAmount.toString(), o.currency) },
            { key: "close", header: "Close Date", cell: (o) => formatDate(o.closeDate) },
            { key: "next", header: "Next Step", cell: (o) => o.nextStep ?? "—" },
            { key: "nextDate", header: "Next Step Date", cell: (o) => (o.nextStepDate ? formatDate(o.nextStepDate) : "—") },
            { key: "owner", header: "Owner", cell: (o) => o.owner.name },
          ]}
        />
      )}
      <KeysetPager {...pagerHrefs("/opportunities", sp, page.nextCursor)} countLabel={`${page.items.length} shown`} />
    </div>
  );
}
