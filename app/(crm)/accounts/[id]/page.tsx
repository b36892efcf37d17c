import Link from "next/link";
import { api } from "@/server/trpc/server-caller.ts";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { Badge, Card, PageHeader, Tabs } from "@/app/_components/ui";
import { formatDate, formatDateTime, formatMoney, formatPercent } from "@/app/_components/format";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { EditableMechanisms } from "../../_detail/EditableMechanisms.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel, type SearchParams } from "../../_list/search-params.ts";
import { SalesTab } from "./_components/SalesTab.tsx";
import { ContractsSection } from "./_components/ContractsSection.tsx";
import { AccountEditor } from "./_components/AccountEditor.tsx";
import { HistoryList } from "../../_detail/HistoryList.tsx";
import { DeleteRecord } from "../../_detail/DeleteRecord.tsx";
import { ToolsPanel } from "../../_comm-tools/ToolsPanel.tsx";
import { MaskedMechanisms } from "../../agreements/_components/MaskedMechanisms.tsx";
import { DataCollectionNotice } from "../../agreements/_components/DataCollectionNotice.tsx";

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, sp, viewer] = await Promise.all([params, searchParams, requireViewer()]);
  const trpc = await api();
  const a = await orNotFound(trpc.accounts.byId({ id }));
  const [related, history, dataCollection] = await Promise.all([
    trpc.salesTab.related({ accountId: id }),
    trpc.accounts.history({ id }),
    trpc.agreements.dataCollection({ accountId: id }),
  ]);
  const headroom = Number(a.creditLimit) - Number(a.creditExposure);
  const primary = (type: string) =>
    a.contactMechanisms.find((m) => m.type === type && m.isPrimary)?.value ??
    a.contactMechanisms.find((m) => m.type === type)?.value ??
    null;
  const [firstName, ...rest] = a.accountType === "INDIVIDUAL" ? a.partyGroupName.split(" ") : [];
  const facts = {
    id: a.id,
    partyGroupName: a.partyGroupName,
    accountType: a.accountType,
    accountPin: a.accountPin,
    fiscalRegistrationNo: a.fiscalRegistrationNo,
    commercialRegistration: a.commercialRegistration,
    location: a.location,
    locationComments: a.locationComments,
    primaryEmail: primary("EMAIL"),
    primaryPhone: primary("PHONE"),
    firstName: firstName ?? null,
    lastName: rest.length ? rest.join(" ") : null,
  };

  return (
    <div className="space-y-4">
      <PageHeader
        title={a.partyGroupName}
        description={`${enumLabel(a.accountType)} · ${enumLabel(a.segment)} · ${a.team.name}`}
        actions={
          <>
            {a.isCustomer ? <Badge tone="green">Customer</Badge> : <Badge tone="neutral">Prospect</Badge>}
            <Link
              href={`/events/new?accountId=${a.id}`}
              className="text-sm font-medium text-blue-700 hover:underline"
            >
              New event
            </Link>
            <Link
              href={`/tasks/new?account=${a.id}`}
              className="text-sm font-medium text-blue-700 hover:underline"
            >
              New task
            </Link>
            <Link
              href={`/accounts/${a.id}/timeline`}
              className="inline-flex h-8 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              Timeline
            </Link>
            <AccountEditor
              key={a.version}
              id={a.id}
              version={a.version}
              identifiersMasked={a.identifiersMasked}
              initial={{
                partyGroupName: a.partyGroupName,
                accountType: a.accountType,
                accountPin: a.accountPin ?? "",
                fiscalRegistrationNo: a.fiscalRegistrationNo ?? "",
                commercialRegistration: a.commercialRegistration ?? "",
                location: a.location ?? "",
                locationComments: a.locationComments ?? "",
                segment: a.segment,
                kycStatus: a.kycStatus,
              }}
            />
            <DeleteRecord kind="accounts" id={a.id} />
          </>
        }
      />
      <DataCollectionNotice state={dataCollection} masked={dataCollection.mechanismsMasked} />
      <ToolsPanel
        key={typeof sp.session === "string" ? sp.session : "tools"}
        accountId={a.id}
        sessionId={typeof sp.session === "string" ? sp.session : undefined}
        focusTool={typeof sp.tool === "string" ? sp.tool : undefined}
        focusInstrument={typeof sp.instrument === "string" ? sp.instrument : undefined}
        instruments={a.preferredInstruments}
      />
      <div className="grid gap-4 xl:grid-cols-3">
        <Card className="xl:col-span-2">
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
              { label: "Segment", value: enumLabel(a.segment) },
              { label: "KYC", value: enumLabel(a.kycStatus) },
              { label: "Credit limit", value: formatMoney(a.creditLimit.toString(), a.creditCurrency) },
              { label: "Headroom", value: formatMoney(headroom, a.creditCurrency) },
              { label: "Products held", value: a.productsHeld.join(", ") },
              { label: "Preferred instruments", value: a.preferredInstruments.join(", ") },
            ]}
          />
          {a.identifiersMasked && (
            <p className="mt-3 text-xs text-slate-600">
              Account PIN and Fiscal Registration No are masked outside the owning team.
            </p>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-semibold text-slate-800">Contact mechanisms</h2>
          {dataCollection.mechanismsMasked ? (
            <MaskedMechanisms mechanisms={a.contactMechanisms} />
          ) : (
            <EditableMechanisms owner="accounts" ownerId={a.id} mechanisms={a.contactMechanisms} />
          )}
        </Card>
      </div>
      <Card>
        <Tabs
          label="Account records"
          tabs={[
            {
              id: "sales",
              label: "Sales",
              content: <SalesTab account={facts} searchParams={sp} viewer={viewer} />,
            },
            {
              id: "contacts",
              label: `Contacts (${related.contacts.length})`,
              content: (
                <ul className="divide-y divide-slate-100 text-[13px]">
                  {related.contacts.map((c) => (
                    <li key={c.id} className="flex justify-between gap-3 py-1.5">
                      <Link href={`/contacts/${c.id}`} className="font-medium text-blue-700 hover:underline">
                        {c.foreName} {c.surname}
                      </Link>
                      <span className="text-slate-600">
                        {c.jobTitle} {c.contactMechanisms.map((m) => m.value).join(" · ")}
                      </span>
                    </li>
                  ))}
                  {related.contacts.length === 0 && <li className="py-1.5 text-slate-600">No contacts.</li>}
                </ul>
              ),
            },
            {
              id: "opportunities",
              label: `Opportunities (${related.opportunities.length})`,
              content: (
                <ul className="divide-y divide-slate-100 text-[13px]">
                  {related.opportunities.map((o) => (
                    <li key={o.id} className="flex justify-between gap-3 py-1.5">
                      <Link
                        href={`/opportunities/${o.id}`}
                        className="font-medium text-blue-700 hover:underline"
                      >
                        {o.name}
                      </Link>
                      <span className="text-slate-600 tabular-nums">
                        {enumLabel(o.stage)} · {formatPercent(o.probability / 100)} ·{" "}
                        {formatMoney(o.estimatedAmount.toString(), o.currency)} · {formatDate(o.closeDate)}
                      </span>
                    </li>
                  ))}
                  {related.opportunities.length === 0 && (
                    <li className="py-1.5 text-slate-600">No opportunities.</li>
                  )}
                </ul>
              ),
            },
            {
              id: "events",
              label: `Events (${related.events.length})`,
              content: (
                <ul className="divide-y divide-slate-100 text-[13px]">
                  {related.events.map((e) => (
                    <li key={e.id} className="flex justify-between gap-3 py-1.5">
                      <span className="font-medium text-slate-800">{e.subject}</span>
                      <span className="text-slate-600">
                        {enumLabel(e.type)} · {formatDateTime(e.startsAt)} ·{" "}
                        {e.outcome ? enumLabel(e.outcome) : enumLabel(e.status)}
                      </span>
                    </li>
                  ))}
                  {related.events.length === 0 && <li className="py-1.5 text-slate-600">No events.</li>}
                </ul>
              ),
            },
            {
              id: "contracts",
              label: `Contracts (${related.contracts.length})`,
              content: <ContractsSection accountId={a.id} rows={related.contracts} />,
            },
            { id: "history", label: "History", content: <HistoryList entries={history} /> },
          ]}
        />
      </Card>
    </div>
  );
}
