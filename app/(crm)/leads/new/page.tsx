import { PageHeader } from "@/app/_components/ui";
import { EMPTY_LEAD, LeadForm } from "../_components/LeadForm.tsx";
import { campaignOptions } from "../_components/campaign-options.ts";

export const metadata = { title: "New lead · Dealfloor" };

/** `?phone=` prefills the number: the screen pop offers this page for a caller nobody knows. */
export default async function NewLeadPage({ searchParams }: { searchParams: Promise<{ phone?: string }> }) {
  const { phone } = await searchParams;
  const initial = phone
    ? {
        ...EMPTY_LEAD,
        phone: phone.slice(0, 40),
        leadSource: "OTHER",
        description: "Inbound call from an unknown number.",
      }
    : EMPTY_LEAD;
  return (
    <div className="space-y-3">
      <PageHeader
        title="New lead"
        description="Fore Name, Surname and Lead Source are required. Email and phone are checked for duplicates."
      />
      <LeadForm initial={initial} campaigns={await campaignOptions()} />
    </div>
  );
}
