import { redirect } from "next/navigation";
import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { orNotFound } from "../../../_detail/or-not-found.ts";
import { LeadForm } from "../../_components/LeadForm.tsx";
import { campaignOptions } from "../../_components/campaign-options.ts";

export const metadata = { title: "Edit lead · Dealfloor" };

export default async function EditLeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [l, campaigns] = await Promise.all([orNotFound((await api()).leads.byId({ id })), campaignOptions()]);
  // A converted lead is history: its account, contact and opportunity are edited instead.
  if (l.status === "CONVERTED") redirect(`/leads/${id}`);
  const primary = (type: string) =>
    l.contactMechanisms.find((m) => m.type === type && m.isPrimary)?.value ?? "";
  return (
    <div className="space-y-3">
      <PageHeader title={`Edit ${l.foreName} ${l.surname}`} description={`Party ID ${l.partyId}`} />
      <LeadForm
        key={l.version}
        edit={{ id: l.id, version: l.version }}
        campaigns={campaigns}
        initial={{
          partyGroupName: l.partyGroupName ?? "",
          foreName: l.foreName,
          surname: l.surname,
          leadSource: l.leadSource,
          status: l.status,
          campaignId: l.campaign?.id ?? "",
          contactListId: l.contactList?.id ?? "",
          description: l.description ?? "",
          email: primary("EMAIL"),
          phone: primary("PHONE"),
        }}
      />
    </div>
  );
}
