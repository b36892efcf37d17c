import { PageHeader } from "@/app/_components/ui";
import { LeadForm } from "../_components/LeadForm.tsx";
import { campaignOptions } from "../_components/campaign-options.ts";

export const metadata = { title: "New lead · Dealfloor" };

export default async function NewLeadPage() {
  return (
    <div className="space-y-3">
      <PageHeader title="New lead" description="Fore Name, Surname and Lead Source are required. Email and phone are checked for duplicates." />
      <LeadForm campaigns={await campaignOptions()} />
    </div>
  );
}
