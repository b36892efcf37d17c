import { HistoryList } from "../../_detail/HistoryList.tsx";
import { DeleteRecord } from "../../_detail/DeleteRecord.tsx";
import { ContactEditor } from "./ContactEditor.tsx";
import Link from "next/link";
import { api } from "@/server/trpc/server-caller.ts";
import { Card, PageHeader } from "@/app/_components/ui";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { EditableMechanisms } from "../../_detail/EditableMechanisms.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { MaskedMechanisms } from "../../agreements/_components/MaskedMechanisms.tsx";
import { DataCollectionNotice } from "../../agreements/_components/DataCollectionNotice.tsx";
import { SelectContact } from "../../_shell/comm/selected-contact.ts";

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const trpc = await api();
  const c = await orNotFound(trpc.contacts.byId({ id }));
  const phone = c.contactMechanisms.find((m) => m.type === "PHONE" && m.e164)?.e164 ?? null;
  return (
    <div className="space-y-4">
      <SelectContact
        contactId={c.id}
        name={`${c.foreName} ${c.surname}`}
        accountId={c.account?.id ?? null}
        phone={phone}
      />
      <PageHeader
        title={`${c.foreName} ${c.middleInitial ? `${c.middleInitial}. ` : ""}${c.surname}`}
        description={c.jobTitle ?? "Contact"}
        actions={
          <>
            <Link
              href={`/tasks/new?contact=${c.id}`}
              className="text-sm font-medium text-blue-700 hover:underline"
            >
              New task
            </Link>
            <Link
              href={`/contacts/${c.id}/timeline`}
              className="inline-flex h-8 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              Timeline
            </Link>
            <ContactEditor
              key={c.version}
              id={c.id}
              version={c.version}
              initial={{
                foreName: c.foreName,
                middleInitial: c.middleInitial ?? "",
                surname: c.surname,
                jobTitle: c.jobTitle ?? "",
              }}
            />
            <DeleteRecord kind="contacts" id={c.id} />
          </>
        }
      />
      <DataCollectionNotice state={c.dataCollection} masked={c.mechanismsMasked} />
      <Card>
        <FieldGrid
          fields={[
            { label: "ForeName", value: c.foreName },
            { label: "MiddleInitial", value: c.middleInitial },
            { label: "Surname", value: c.surname },
            {
              label: "Account",
              value: c.account ? (
                <Link className="text-blue-700 hover:underline" href={`/accounts/${c.account.id}`}>
                  {c.account.partyGroupName}
                </Link>
              ) : c.accountHidden ? (
                <span className="text-slate-500">Another team&apos;s account</span>
              ) : null,
            },
            { label: "Customer", value: c.isCustomer ? "Yes" : "No" },
            { label: "Owner", value: c.owner.name },
            { label: "Team", value: c.team.name },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">Contact mechanisms</h2>
        {c.mechanismsMasked ? (
          <MaskedMechanisms mechanisms={c.contactMechanisms} />
        ) : (
          <EditableMechanisms owner="contacts" ownerId={c.id} mechanisms={c.contactMechanisms} />
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-sm font-semibold text-slate-800">History</h2>
        <HistoryList entries={await trpc.contacts.history({ id: c.id })} />
      </Card>
    </div>
  );
}
