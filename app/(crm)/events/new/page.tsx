import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { param, type SearchParams } from "../../_list/search-params.ts";
import { EventForm } from "../_components/EventForm.tsx";

export const metadata = { title: "New event · Dealfloor" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opened from an account (?accountId=) or an opportunity (?opportunityId=), or on its own. */
export default async function NewEventPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const accountId = param(sp, "accountId")?.match(UUID)?.[0];
  const opportunityId = param(sp, "opportunityId")?.match(UUID)?.[0];
  const options = await orNotFound((await api()).events.formOptions({ accountId, opportunityId }));
  return (
    <div className="space-y-3">
      <PageHeader
        title="New event"
        description="A meeting, call or visit that moves a sale. Subject, Type, Starts and Ends are required."
      />
      <EventForm
        serves={{ account: options.account, opportunity: options.opportunity }}
        contacts={options.contacts}
        initial={{
          subject: "",
          type: "",
          status: "PLANNED",
          startsAt: "",
          endsAt: "",
          location: "",
          description: "",
          outcome: "",
          outcomeNotes: "",
          accountId: options.account?.id ?? "",
          opportunityId: options.opportunity?.id ?? "",
          attendeeContactIds: [],
        }}
      />
    </div>
  );
}
