import Link from "next/link";
import { Pencil } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, Button, Card, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel } from "../../_list/search-params.ts";

const link = "text-blue-700 hover:underline";

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const e = await orNotFound((await api()).events.byId({ id }));
  return (
    <div className="space-y-4">
      <PageHeader
        title={e.subject}
        description={`${enumLabel(e.type)} · ${formatDateTime(e.startsAt)}`}
        actions={
          <>
            <Badge tone={e.status === "HELD" ? "green" : e.status === "CANCELED" ? "neutral" : "blue"}>
              {enumLabel(e.status)}
            </Badge>
            <Button size="sm" href={`/events/${e.id}/edit`}>
              <Pencil aria-hidden size={14} /> Edit
            </Button>
          </>
        }
      />
      <Card>
        <FieldGrid
          fields={[
            { label: "Subject", value: e.subject },
            { label: "Type", value: enumLabel(e.type) },
            { label: "Status", value: enumLabel(e.status) },
            { label: "Starts", value: formatDateTime(e.startsAt) },
            { label: "Ends", value: formatDateTime(e.endsAt) },
            { label: "Location", value: e.location },
            {
              label: "Account",
              value: e.account && (
                <Link className={link} href={`/accounts/${e.account.id}`}>
                  {e.account.partyGroupName}
                </Link>
              ),
            },
            {
              label: "Opportunity",
              value: e.opportunity && (
                <Link className={link} href={`/opportunities/${e.opportunity.id}`}>
                  {e.opportunity.name}
                </Link>
              ),
            },
            { label: "Outcome", value: e.outcome ? enumLabel(e.outcome) : null },
            { label: "Outcome notes", value: e.outcomeNotes },
            { label: "Owner", value: e.owner.name },
            { label: "Description", value: e.description },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-2 text-sm font-semibold text-slate-800">Attendees</h2>
        <ul className="text-sm text-slate-800">
          {e.attendees.map((a) => (
            <li key={a.id}>
              {a.user ? (
                `${a.user.name} (colleague)`
              ) : a.contact ? (
                <Link className={link} href={`/contacts/${a.contact.id}`}>
                  {a.contact.foreName} {a.contact.surname}
                </Link>
              ) : (
                "—"
              )}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
