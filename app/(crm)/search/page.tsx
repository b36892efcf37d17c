import Link from "next/link";
import { Search } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, Card, EmptyState, PageHeader } from "@/app/_components/ui";
import { param, type SearchParams } from "../_list/search-params.ts";
import { MATCH_LABEL, SEARCH_GROUPS } from "./_components/search-groups.ts";

export const metadata = { title: "Search · Dealfloor" };

// Full results of the global search: up to 25 per type, grouped, each a link (Tab moves through
// them in order). The top bar's popover shows the first five of each as you type.
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = param(await searchParams, "q")
    ?.trim()
    .slice(0, 200);
  if (!q) {
    return (
      <div className="space-y-3">
        <PageHeader
          title="Search"
          description="Accounts, contacts, leads and opportunities by name, e-mail, phone (any format), registration number or Party ID."
        />
        <EmptyState
          icon={Search}
          title="Type in the search box above"
          description="Press Ctrl K (⌘K on a Mac) to jump there from anywhere."
        />
      </div>
    );
  }
  const trpc = await api();
  const result = await trpc.search.global({ q, limit: 25 });
  const total = SEARCH_GROUPS.reduce((n, g) => n + result.groups[g.type].length, 0);
  return (
    <div className="space-y-3">
      <PageHeader
        title="Search"
        description={`${total} result${total === 1 ? "" : "s"} for “${result.q}” · ${result.tookMs} ms`}
      />
      {total === 0 ? (
        <EmptyState
          icon={Search}
          title="No matches"
          description="Try part of a name, an e-mail address, a phone number in any format, or a registration number."
        />
      ) : (
        <div className="grid gap-3 lg:grid-cols-2">
          {SEARCH_GROUPS.filter((g) => result.groups[g.type].length > 0).map((g) => (
            <Card key={g.type}>
              <h2 className="mb-2 text-sm font-semibold text-slate-900">
                {g.label} <span className="font-normal text-slate-500">({result.groups[g.type].length})</span>
              </h2>
              <ul className="divide-y divide-slate-100" data-testid={`search-group-${g.type}`}>
                {result.groups[g.type].map((hit) => (
                  <li key={hit.id} className="flex items-baseline justify-between gap-3 py-1.5">
                    <span className="min-w-0 truncate">
                      <Link
                        href={hit.href}
                        className="text-sm font-medium text-blue-700 hover:underline focus:underline"
                      >
                        {hit.title}
                      </Link>
                      {hit.subtitle && <span className="ml-2 text-xs text-slate-500">{hit.subtitle}</span>}
                    </span>
                    {hit.matchedOn !== "name" && (
                      <Badge tone={hit.matchedOn === "similar name" ? "amber" : "blue"}>
                        by {MATCH_LABEL[hit.matchedOn]}
                      </Badge>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
