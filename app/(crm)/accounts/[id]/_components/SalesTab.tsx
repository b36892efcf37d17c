import { api } from "@/server/trpc/server-caller.ts";
import { hrefWith, type SearchParams } from "../../../_list/search-params.ts";
import { InteractionsSection } from "./InteractionsSection.tsx";
import { ApplicationsSection } from "./ApplicationsSection.tsx";
import { LinksSection } from "./LinksSection.tsx";
import { CampaignActivities } from "./CampaignActivities.tsx";
import { AgreementsSection } from "./AgreementsSection.tsx";
import type { AccountFacts } from "./InteractionForm.tsx";

const ACTIVITY_STATUSES = ["ASSIGNED", "UNASSIGNED", "IN_PROGRESS", "COMPLETED", "CANCELED"] as const;

/** The account's Sales tab, laid out as seed 001 describes it. */
export async function SalesTab({
  account,
  searchParams,
  viewer,
}: {
  account: AccountFacts;
  searchParams: SearchParams;
  viewer: { id: string; role: string };
}) {
  const trpc = await api();
  const statusParam = searchParams.activityStatus;
  const activityStatus = ACTIVITY_STATUSES.find((s) => s === statusParam) ?? "ASSIGNED";
  const showInactive = searchParams.agreements === "all";
  const [tab, interactions, agreements] = await Promise.all([
    trpc.salesTab.forAccount({ accountId: account.id, activityStatus }),
    trpc.interactions.forAccount({ accountId: account.id, limit: 25 }),
    trpc.agreements.list({ accountId: account.id, status: showInactive ? "ALL" : "ACTIVE", limit: 100 }),
  ]);
  const path = `/accounts/${account.id}`;

  return (
    <div className="space-y-6">
      <ApplicationsSection
        rows={tab.applications.map((a) => ({ ...a, amount: a.amount ? a.amount.toString() : null }))}
      />

      <InteractionsSection
        rows={interactions.items}
        account={account}
        users={tab.assignableUsers}
        viewerId={viewer.id}
      />

      <LinksSection accountId={account.id} rows={tab.links} />

      <CampaignActivities
        rows={tab.campaignActivities}
        status={activityStatus}
        account={{ id: account.id, title: account.partyGroupName }}
      />

      <AgreementsSection
        accountId={account.id}
        rows={agreements.items}
        showingInactive={showInactive}
        canManage={viewer.role === "ADMIN"}
        contracts={tab.contracts}
        toggleHref={hrefWith(path, searchParams, { agreements: showInactive ? undefined : "all" })}
      />
    </div>
  );
}
