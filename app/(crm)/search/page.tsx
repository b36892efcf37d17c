import { Search } from "lucide-react";
import { EmptyState, PageHeader } from "@/app/_components/ui";
import { param, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Search · Dealfloor" };

// Global search (full-text + trigram over accounts, contacts, leads, opportunities) is the
// records issue's work; until then the page says so plainly instead of returning nothing.
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = param(await searchParams, "q");
  return (
    <div className="space-y-3">
      <PageHeader title="Search" description={q ? `Results for “${q}”` : "Search accounts, contacts, leads and opportunities."} />
      <EmptyState
        icon={Search}
        title="Global search is not available yet"
        description="Use the lists and their filters for now: Accounts, Contacts, Leads and Opportunities."
      />
    </div>
  );
}
