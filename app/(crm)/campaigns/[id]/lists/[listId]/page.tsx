import Link from "next/link";
import { notFound } from "next/navigation";
import { api } from "@/server/trpc/server-caller.ts";
import { Card, DataTable, PageHeader } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { orNotFound } from "../../../../_detail/or-not-found.ts";
import { AddMembers } from "./AddMembers.tsx";
import { RemoveMember } from "./RemoveMember.tsx";

export const metadata = { title: "Contact List · Dealfloor" };

export default async function ContactListPage({
  params,
}: {
  params: Promise<{ id: string; listId: string }>;
}) {
  const { id, listId } = await params;
  const trpc = await api();
  const list = await orNotFound(trpc.contactLists.byId({ id: listId }));
  // The list is addressed under its own campaign only.
  if (list.campaign?.id !== id) notFound();
  type Member = (typeof list.members)[number];
  const views = list.canEdit ? await trpc.views.saved({ entity: "contacts" }) : [];
  return (
    <div className="space-y-4">
      <PageHeader
        title={list.name}
        description={`Contact List · ${list.campaign.name}`}
        actions={
          <Link href={`/campaigns/${id}`} className="text-sm font-medium text-blue-700 hover:underline">
            Back to the campaign
          </Link>
        }
      />
      {list.canEdit && (
        <Card>
          <AddMembers listId={list.id} views={views} />
        </Card>
      )}
      <section aria-labelledby="members-heading" className="space-y-2">
        <h2 id="members-heading" className="text-sm font-semibold text-slate-800">
          Members ({list.memberCount})
          {list.membersShown < list.memberCount && (
            <span className="ml-2 font-normal text-slate-600">the {list.membersShown} added last shown</span>
          )}
        </h2>
        <DataTable<Member>
          caption="Contact List members"
          rows={list.members}
          getRowKey={(m) => m.id}
          empty="No contacts on this list yet. Add one by name, or everything in one of your saved contact views."
          columns={[
            {
              key: "name",
              header: "Contact",
              cell: (m) => (
                <Link href={`/contacts/${m.contact.id}`} className="text-blue-700 hover:underline">
                  {m.contact.surname}, {m.contact.foreName}
                </Link>
              ),
            },
            { key: "job", header: "Job Title", cell: (m) => m.contact.jobTitle ?? "—" },
            {
              key: "account",
              header: "Account",
              cell: (m) =>
                m.contact.account ? (
                  <Link href={`/accounts/${m.contact.account.id}`} className="text-blue-700 hover:underline">
                    {m.contact.account.partyGroupName}
                  </Link>
                ) : (
                  "—"
                ),
            },
            { key: "added", header: "Added", cell: (m) => formatDate(m.addedAt) },
            ...(list.canEdit
              ? [
                  {
                    key: "remove",
                    header: "Remove",
                    align: "right" as const,
                    cell: (m: Member) => (
                      <RemoveMember
                        listId={list.id}
                        contactId={m.contact.id}
                        name={`${m.contact.foreName} ${m.contact.surname}`}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
    </div>
  );
}
