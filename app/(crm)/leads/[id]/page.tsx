import { api } from "@/server/trpc/server-caller.ts";
import { Card, PageHeader } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { MechanismList } from "../../_detail/MechanismList.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel } from "../../_list/search-params.ts";

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const trpc = await api();
  const l = await orNotFound(trpc.leads.byId({ id }));
  return (
    <div className="space-y-4">
      <PageHeader title={`${l.foreName} ${l.surname}`} description={l.partyGroupName ?? "Lead"} />
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
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">Contact mechanisms</h2>
        <MechanismList mechanisms={l.contactMechanisms} />
      </Card>
    </div>
  );
}
