import { CalendarDays } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { EventType } from "@/server/generated/prisma/enums.ts";
import { eventListView } from "@/server/events/list-events.ts";
import { Badge, Button } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { ListPage } from "../_list/ListPage.tsx";
import { ExportCsvLink } from "../import/_components/ExportCsvLink.tsx";
import { enumLabel, enumParam, param, viewOf, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Events · Dealfloor" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const when = param(sp, "when") === "past" ? "past" : "upcoming";
  const view = viewOf(eventListView, sp);
  const trpc = await api();
  const page = await trpc.events.list({
    ...view,
    cursor: param(sp, "cursor"),
    when,
    type: enumParam(sp, "type", EventType),
  });

  return (
    <ListPage
      title="Events"
      description="Sales activities and meetings that move a sale."
      actions={
        <>
          <ExportCsvLink entity="events" searchParams={sp} />
          <Button href="/events/calendar" size="sm">
            Week calendar
          </Button>
          <Button variant="primary" size="sm" href="/events/new">
            New event
          </Button>
        </>
      }
      pathname="/events"
      searchParams={sp}
      page={page}
      view={{ entity: "events", def: eventListView, current: view }}
      empty={{ icon: CalendarDays, title: when === "past" ? "No past events" : "Nothing scheduled" }}
      filters={
        <>
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
          <FilterChips
            pathname="/events"
            searchParams={sp}
            name="type"
            label="Type"
            options={enumOptions(EventType, enumLabel)}
          />
        </>
      }
      getRowKey={(e) => e.id}
      rowHref={(e) => `/events/${e.id}`}
      columns={[
        { key: "start", header: "Starts", cell: (e) => formatDateTime(e.startsAt) },
        { key: "subject", header: "Subject", cell: (e) => e.subject },
        { key: "type", header: "Type", cell: (e) => enumLabel(e.type) },
        {
          key: "status",
          header: "Status",
          cell: (e) => (
            <Badge tone={e.status === "HELD" ? "green" : e.status === "CANCELED" ? "neutral" : "blue"}>
              {enumLabel(e.status)}
            </Badge>
          ),
        },
        { key: "account", header: "Account", cell: (e) => e.account?.partyGroupName ?? "—" },
        { key: "opp", header: "Opportunity", cell: (e) => e.opportunity?.name ?? "—" },
        { key: "attendees", header: "Attendees", align: "right", cell: (e) => e._count.attendees },
        { key: "outcome", header: "Outcome", cell: (e) => (e.outcome ? enumLabel(e.outcome) : "—") },
        { key: "owner", header: "Owner", cell: (e) => e.owner.name },
      ]}
    />
  );
}
