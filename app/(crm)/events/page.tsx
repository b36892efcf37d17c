import { CalendarDays } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { EventType } from "@/server/generated/prisma/enums.ts";
import { Badge, Button, DataTable, EmptyState, KeysetPager, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { enumLabel, enumParam, pagerHrefs, param, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Events · Dealfloor" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const when = param(sp, "when") === "past" ? "past" : "upcoming";
  const trpc = await api();
  const page = await trpc.events.list({ cursor: param(sp, "cursor"), when, type: enumParam(sp, "type", EventType) });
  type Row = (typeof page.items)[number];

  return (
    <div className="space-y-3">
      <PageHeader
        title="Events"
        description="Sales activities and meetings that move a sale."
        actions={
          <>
            <Button href="/events/calendar">Week calendar</Button>
            <Button variant="primary" href="/events/new">New event</Button>
          </>
        }
      />
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <FilterChips
          pathname="/events"
          searchParams={sp}
          name="when"
          label="When"
          options={[
            { value: undefined, label: "Upcoming" },
            { value: "past", label: "Past" },
          ]}
        />
        <FilterChips pathname="/events" searchParams={sp} name="type" label="Type" options={enumOptions(EventType, enumLabel)} />
      </div>
      {page.items.length === 0 ? (
        <EmptyState icon={CalendarDays} title={when === "past" ? "No past events" : "Nothing scheduled"} description="No events match this view." />
      ) : (
        <DataTable<Row>
          rows={page.items}
          getRowKey={(e) => e.id}
          rowHref={(e) => `/events/${e.id}`}
          columns={[
            { key: "start", header: "Starts", cell: (e) => formatDateTime(e.startsAt) },
            { key: "subject", header: "Subject", cell: (e) => e.subject },
            { key: "type", header: "Type", cell: (e) => enumLabel(e.type) },
            { key: "status", header: "Status", cell: (e) => <Badge tone={e.status === "HELD" ? "green" : e.status === "CANCELED" ? "neutral" : "blue"}>{enumLabel(e.status)}</Badge> },
            { key: "account", header: "Account", cell: (e) => e.account?.partyGroupName ?? "—" },
            { key: "opp", header: "Opportunity", cell: (e) => e.opportunity?.name ?? "—" },
            { key: "attendees", header: "Attendees", align: "right", cell: (e) => e._count.attendees },
            { key: "outcome", header: "Outcome", cell: (e) => (e.outcome ? enumLabel(e.outcome) : "—") },
            { key: "owner", header: "Owner", cell: (e) => e.owner.name },
          ]}
        />
      )}
      <KeysetPager {...pagerHrefs("/events", sp, page.nextCursor)} countLabel={`${page.items.length} shown`} />
    </div>
  );
}
