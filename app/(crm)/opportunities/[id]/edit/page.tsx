import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { orNotFound } from "../../../_detail/or-not-found.ts";
import { OpportunityForm } from "../../_components/OpportunityForm.tsx";

export const metadata = { title: "Edit opportunity · Dealfloor" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditOpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const o = await orNotFound((await api()).opportunities.byId({ id }));
  return (
    <div className="space-y-3">
      <PageHeader title={`Edit ${o.name}`} description={o.account.partyGroupName} />
      <OpportunityForm
        key={o.version}
        edit={{ id: o.id, version: o.version }}
        initial={{
          name: o.name,
          accountId: o.account.id,
          stage: o.stage,
          probability: String(o.probability),
          estimatedAmount: o.estimatedAmount.toString(),
          currency: o.currency as "EUR",
          closeDate: day(o.closeDate),
          nextStep: o.nextStep ?? "",
          nextStepDate: day(o.nextStepDate),
          description: o.description ?? "",
          contactId: o.contact?.id ?? "",
          leadSource: o.leadSource ?? "",
          campaignId: o.campaign?.id ?? "",
        }}
      />
    </div>
  );
}
