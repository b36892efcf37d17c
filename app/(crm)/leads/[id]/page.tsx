import { HistoryList } from "../../_detail/HistoryList.tsx";
import { DeleteRecord } from "../../_detail/DeleteRecord.tsx";
import Link from "next/link";
import { ListPlus, Pencil } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, Button, Card, PageHeader } from "@/app/_components/ui";
import { formatDate, formatDateTime } from "@/app/_components/format";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { MechanismList } from "../../_detail/MechanismList.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel } from "../../_list/search-params.ts";
import { ConvertLead } from "../_components/ConvertLead.tsx";

const link = "text-blue-700 hover:underline";

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const trpc = await api();
  const l = await orNotFound(trpc.leads.byId({ id }));
  const converted = l.status === "CONVERTED";
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${l.foreName} ${l.surname}`}
        description={l.partyGroupName ?? "Lead"}
        actions={
          converted ? (
            <Badge tone="green">Converted</Badge>
          ) : (
            <>
              <Button size="sm" href={`/leads/${l.id}/edit`}>
                <Pencil aria-hidden size={14} /> Edit
              </Button>
              <Button size="sm" href={`/tasks/new?lead=${l.id}`}>
                <ListPlus aria-hidden size={14} /> New task
              </Button>
              <ConvertLead leadId={l.id} partyGroupName={l.partyGroupName} />
              <DeleteRecord kind="leads" id={l.id} />
            </>
          )
        }
      />
      {converted && (
        <Card>
          <h2 className="mb-2 text-sm font-semibold text-slate-800">
            Converted{l.convertedAt ? ` on ${formatDateTime(l.convertedAt)}` : ""}
          </h2>
          <FieldGrid
            fields={[
              {
                label: "Account",
                value: l.convertedAccount && (
                  <Link className={link} href={`/accounts/${l.convertedAccount.id}`}>
                    {l.convertedAccount.partyGroupName}
                  </Link>
                ),
              },
              {
                label: "Contact",
                value: l.convertedContact && (
                  <Link className={link} href={`/contacts/${l.convertedContact.id}`}>
                    {l.convertedContact.foreName} {l.convertedContact.surname}
                  </Link>
                ),
              },
              {
                label: "Opportunity",
                value: l.convertedOpportunity && (
                  <Link className={link} href={`/opportunities/${l.convertedOpportunity.id}`}>
                    {l.convertedOpportunity.name}
                  </Link>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card>
        <FieldGrid
          fields={[
            { label: "Party ID", value: l.partyId },
            { label: "Party Group Name", value: l.partyGroupName },
            { label: "Fore Name", value: l.foreName },
            { label: "Surname", value: l.surname },
            { label: "Lead Source", value: enumLabel(l.leadSource) },
            { label: "Contact List", value: l.contactList?.name },
            { label: "Marketing Campaign", value: l.campaign?.name },
            { label: "Status", value: enumLabel(l.status) },
            { label: "Owner", value: l.owner.name },
            { label: "Received", value: formatDate(l.createdAt) },
            { label: "Description", value: l.description },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">Contact mechanisms</h2>
        <MechanismList mechanisms={l.contactMechanisms} />
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">History</h2>
        <HistoryList entries={await trpc.leads.history({ id: l.id })} />
      </Card>
    </div>
  );
}
