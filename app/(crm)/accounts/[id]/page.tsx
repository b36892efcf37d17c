import { api } from "@/server/trpc/server-caller.ts";
import { Badge, Card, PageHeader } from "@/app/_components/ui";
import { formatMoney } from "@/app/_components/format";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { MechanismList } from "../../_detail/MechanismList.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel } from "../../_list/search-params.ts";

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const trpc = await api();
  const a = await orNotFound(trpc.accounts.byId({ id }));
  const headroom = Number(a.creditLimit) - Number(a.creditExposure);

  return (
    <div className="space-y-4">
      <PageHeader
        title={a.partyGroupName}
        description={`${enumLabel(a.accountType)} · ${enumLabel(a.segment)} · ${a.team.name}`}
        actions={a.isCustomer ? <Badge tone="green">Customer</Badge> : <Badge tone="neutral">Prospect</Badge>}
      />
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">Account</h2>
        <FieldGrid
          fields={[
            { label: "Party Group Name", value: a.partyGroupName },
            { label: "Account Type", value: enumLabel(a.accountType) },
            { label: "Account PIN", value: a.accountPin },
            { label: "Fiscal Registration No", value: a.fiscalRegistrationNo },
            { label: "Commercial Registration", value: a.commercialRegistration },
            { label: "Location", value: a.location },
            { label: "Location Comments", value: a.locationComments },
            { label: "Assigned User", value: a.owner.name },
          ]}
        />
        {a.identifiersMasked && (
          <p className="mt-3 text-xs text-slate-500">Account PIN and Fiscal Registration No are masked outside the owning team.</p>
        )}
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-sm font-semibold text-slate-800">Profile</h2>
          <FieldGrid
            fields={[
              { label: "Segment", value: enumLabel(a.segment) },
              { label: "KYC", value: enumLabel(a.kycStatus) },
              { label: "Credit limit", value: formatMoney(a.creditLimit.toString(), a.creditCurrency) },
              { label: "Exposure", value: formatMoney(a.creditExposure.toString(), a.creditCurrency) },
              { label: "Headroom", value: formatMoney(headroom, a.creditCurrency) },
              { label: "Products held", value: a.productsHeld.join(", ") },
              { label: "Preferred instruments", value: a.preferredInstruments.join(", ") },
            ]}
          />
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-semibold text-slate-800">Contact mechanisms</h2>
          <MechanismList mechanisms={a.contactMechanisms} />
        </Card>
      </div>
    </div>
  );
}
