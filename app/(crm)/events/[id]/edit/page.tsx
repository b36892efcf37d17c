import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { orNotFound } from "../../../_detail/or-not-found.ts";
import { EventForm } from "../../_components/EventForm.tsx";
import { DESK_TIME_ZONE } from "@/server/events/week-range.ts";

export const metadata = { title: "Edit event · Dealfloor" };

/** An instant as a datetime-local value on the desk's clock (the form's browser reads it back). */
function localValue(d: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: DESK_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const trpc = await api();
  const e = await orNotFound(trpc.events.byId({ id }));
  const options = await trpc.events.formOptions({
    accountId: e.account?.id,
    opportunityId: e.opportunity?.id,
  });
  return (
    <div className="space-y-3">
      <PageHeader title={`Edit ${e.subject}`} />
      <EventForm
        key={e.version}
        edit={{ id: e.id, version: e.version }}
        serves={{ account: options.account, opportunity: options.opportunity }}
        contacts={options.contacts}
        initial={{
          subject: e.subject,
          type: e.type,
          status: e.status,
          startsAt: localValue(e.startsAt),
          endsAt: localValue(e.endsAt),
          location: e.location ?? "",
          description: e.description ?? "",
          outcome: e.outcome ?? "",
          outcomeNotes: e.outcomeNotes ?? "",
          accountId: e.account?.id ?? "",
          opportunityId: e.opportunity?.id ?? "",
          attendeeContactIds: e.attendees.flatMap((a) => (a.contact ? [a.contact.id] : [])),
        }}
      />
    </div>
  );
}
