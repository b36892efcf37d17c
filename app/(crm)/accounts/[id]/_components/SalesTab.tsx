import { ExternalLink } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge } from "@/app/_components/ui";
import { formatDate, formatMoney } from "@/app/_components/format";
import { externalHref } from "@/app/_components/external-href.ts";
import { enumLabel, hrefWith, type SearchParams } from "../../../_list/search-params.ts";
import { InteractionsSection } from "./InteractionsSection.tsx";
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
      <section aria-labelledby="applications-heading" className="space-y-2">
        <h3 id="applications-heading" className="text-sm font-semibold text-slate-800">
          Applications
        </h3>
        {tab.applications.length === 0 ? (
          <p className="text-sm text-slate-600">No applications.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-[13px]">
            {tab.applications.map((a) => (
              <li key={a.id} className="flex items-center justify-between gap-3 px-3 py-1.5">
                <span>
                  <span className="font-medium text-slate-800">{a.name}</span>{" "}
                  <span className="text-slate-600">
                    {a.product} · {a.sourceSystem}
                  </span>
                </span>
                <span className="flex items-center gap-3 text-slate-600">
                  {a.amount && a.currency && (
                    <span className="tabular-nums">{formatMoney(a.amount.toString(), a.currency)}</span>
                  )}
                  {a.submittedAt && formatDate(a.submittedAt)}
                  <Badge tone={a.status === "APPROVED" ? "green" : a.status === "REJECTED" ? "red" : "blue"}>
                    {enumLabel(a.status)}
                  </Badge>
                  {externalHref(a.externalUrl) ? (
                    <a
                      href={externalHref(a.externalUrl)!}
                      target="_blank"
                      rel="noreferrer"
                      className="inline-flex items-center gap-1 text-xs font-medium text-blue-700 hover:underline"
                    >
                      Open Application <ExternalLink aria-hidden size={12} />
                    </a>
                  ) : (
                    <span className="text-xs text-slate-500">In Dealfloor</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <InteractionsSection
        rows={interactions.items}
        account={account}
        users={tab.assignableUsers}
        templates={tab.templates}
        viewerId={viewer.id}
      />

      <section aria-labelledby="links-heading" className="space-y-2">
        <h3 id="links-heading" className="text-sm font-semibold text-slate-800">
          Links
        </h3>
        {tab.links.length === 0 ? (
          <p className="text-sm text-slate-600">No links.</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {tab.links.map((l) => (
              <li key={l.id}>
                {externalHref(l.url) ? (
                  <a
                    href={externalHref(l.url)!}
                    target="_blank"
                    rel="noreferrer"
                    title={l.description ?? undefined}
                    className="inline-flex items-center gap-1 rounded-md border border-slate-200 bg-white px-2.5 py-1 text-[13px] text-blue-700 hover:bg-slate-50"
                  >
                    {l.title} <ExternalLink aria-hidden size={12} />
                  </a>
                ) : (
                  <span
                    title="This address is not a web or mail address, so it is not offered as a link."
                    className="inline-flex items-center rounded-md border border-slate-200 bg-slate-50 px-2.5 py-1 text-[13px] text-slate-600"
                  >
                    {l.title} (address not shown as a link)
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

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
