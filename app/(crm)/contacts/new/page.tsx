import { PageHeader } from "@/app/_components/ui";
import { param, type SearchParams } from "../../_list/search-params.ts";
import { ContactForm } from "./_components/ContactForm.tsx";

export const metadata = { title: "New contact · Dealfloor" };

export default async function NewContactPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const accountId = param(await searchParams, "accountId");
  return (
    <div className="space-y-3">
      <PageHeader
        title="New contact"
        description="ForeName and Surname are required. Email and phone are checked for duplicates."
      />
      <ContactForm accountId={accountId} />
    </div>
  );
}
