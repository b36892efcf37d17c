import { Users } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { contactListView } from "@/server/contacts/list-contacts.ts";
import { Badge, Button } from "@/app/_components/ui";
import { FilterChips } from "../_list/FilterChips.tsx";
import { ListPage } from "../_list/ListPage.tsx";
import { ExportCsvLink } from "../import/_components/ExportCsvLink.tsx";
import { param, viewOf, type SearchParams } from "../_list/search-params.ts";
import { contactMechanismLabel } from "../_list/contact-mechanism-label.ts";

export const metadata = { title: "Contacts · Dealfloor" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const view = viewOf(contactListView, sp);
  const trpc = await api();
  const page = await trpc.contacts.list({
    ...view,
    cursor: param(sp, "cursor"),
    customersOnly: param(sp, "role") === "customer" || undefined,
  });

  return (
    <ListPage
      title="Contacts"
      description="People at your accounts, and customers in their own right."
      actions={
        <>
          <ExportCsvLink entity="contacts" searchParams={sp} />
          <Button href="/import" size="sm">
            Import CSV
          </Button>
          <Button href="/contacts/new" variant="primary" size="sm">
            New contact
          </Button>
        </>
      }
      pathname="/contacts"
      searchParams={sp}
      page={page}
      view={{ entity: "contacts", def: contactListView, current: view }}
      empty={{ icon: Users, title: "No contacts" }}
      filters={
        <FilterChips
          pathname="/contacts"
          searchParams={sp}
          name="role"
          label="Show"
          options={[
            { value: undefined, label: "All contacts" },
            { value: "customer", label: "Customers" },
          ]}
        />
      }
      getRowKey={(c) => c.id}
      rowHref={(c) => `/contacts/${c.id}`}
      columns={[
        { key: "surname", header: "Surname", cell: (c) => c.surname },
        { key: "foreName", header: "ForeName", cell: (c) => c.foreName },
        { key: "mi", header: "MiddleInitial", cell: (c) => c.middleInitial ?? "" },
        { key: "title", header: "Job title", cell: (c) => c.jobTitle ?? "—" },
        { key: "account", header: "Account", cell: (c) => c.account?.partyGroupName ?? "—" },
        { key: "phone", header: "Phone", cell: (c) => contactMechanismLabel(c.contactMechanisms, "PHONE") },
        { key: "email", header: "Email", cell: (c) => contactMechanismLabel(c.contactMechanisms, "EMAIL") },
        {
          key: "customer",
          header: "Customer",
          cell: (c) => (c.isCustomer ? <Badge tone="green">Customer</Badge> : ""),
        },
        { key: "owner", header: "Owner", cell: (c) => c.owner.name },
      ]}
    />
  );
}
