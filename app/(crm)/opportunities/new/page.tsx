import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { param, type SearchParams } from "../../_list/search-params.ts";
import { OpportunityForm } from "../_components/OpportunityForm.tsx";

/** A new deal is expected to close in about a quarter unless the rep says otherwise. */
function defaultCloseDate(): string {
  return new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
}

export const metadata = { title: "New opportunity · Dealfloor" };

export default async function NewOpportunityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const accountId = param(await searchParams, "accountId") ?? "";
  const accounts = (await (await api()).accounts.list({ limit: 200 })).items.map((a) => ({
    id: a.id,
    partyGroupName: a.partyGroupName,
  }));
  const inFuture = defaultCloseDate();
  return (
    <div className="space-y-3">
      <PageHeader
        title="New opportunity"
        description="Name, Account, Stage, Estimated Amount and Close Date are required."
      />
      <OpportunityForm
        accounts={accounts}
        initial={{
          name: "",
          accountId,
          stage: "PROSPECTING",
          probability: "10",
          estimatedAmount: "",
          currency: "EUR",
          closeDate: inFuture,
          nextStep: "",
          nextStepDate: "",
          description: "",
          contactId: "",
          leadSource: "",
          campaignId: "",
        }}
      />
    </div>
  );
}
