import { Building2 } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { accountListView } from "@/server/accounts/list-accounts.ts";
import { AccountType, Segment } from "@/server/generated/prisma/enums.ts";
import { Badge, Button } from "@/app/_components/ui";
import { formatMoney } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { ListPage } from "../_list/ListPage.tsx";
import { ExportCsvLink } from "../import/_components/ExportCsvLink.tsx";
import { enumLabel, enumParam, param, viewOf, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Accounts · Dealfloor" };

const kycTone = {
  VERIFIED: "green",
  PENDING: "amber",
  NOT_STARTED: "neutral",
  EXPIRED: "red",
  REJECTED: "red",
} as const;

export default async function AccountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const view = viewOf(accountListView, sp);
  const trpc = await api();
  const page = await trpc.accounts.list({
    ...view,
    cursor: param(sp, "cursor"),
    accountType: enumParam(sp, "accountType", AccountType),
    segment: enumParam(sp, "segment", Segment),
  });

  return (
    <ListPage
      title="Accounts"
      description="Organisations and individual customers you and your teams cover."
      actions={
        <>
          <ExportCsvLink entity="accounts" searchParams={sp} />
          <Button href="/import" size="sm">
            Import CSV
          </Button>
          <Button href="/accounts/new" variant="primary" size="sm">
            New account
          </Button>
        </>
      }
      pathname="/accounts"
      searchParams={sp}
      page={page}
      view={{ entity: "accounts", def: accountListView, current: view }}
      empty={{ icon: Building2, title: "No accounts" }}
      filters={
        <>
          <FilterChips
            pathname="/accounts"
            searchParams={sp}
            name="accountType"
            label="Account Type"
            options={enumOptions(AccountType, enumLabel)}
          />
          <FilterChips
            pathname="/accounts"
            searchParams={sp}
            name="segment"
            label="Segment"
            options={enumOptions(Segment, enumLabel)}
          />
        </>
      }
      getRowKey={(a) => a.id}
      rowHref={(a) => `/accounts/${a.id}`}
      columns={[
        { key: "name", header: "Party Group Name", cell: (a) => a.partyGroupName },
        { key: "type", header: "Account Type", cell: (a) => enumLabel(a.accountType) },
        { key: "segment", header: "Segment", cell: (a) => enumLabel(a.segment) },
        {
          key: "kyc",
          header: "KYC",
          cell: (a) => <Badge tone={kycTone[a.kycStatus]}>{enumLabel(a.kycStatus)}</Badge>,
        },
        {
          key: "pin",
          header: "Account PIN",
          cell: (a) => a.accountPin ?? "—",
          className: "font-mono text-xs",
        },
        {
          key: "fiscal",
          header: "Fiscal Registration No",
          cell: (a) => a.fiscalRegistrationNo ?? "—",
          className: "font-mono text-xs",
        },
        { key: "location", header: "Location", cell: (a) => a.location ?? "—" },
        {
          key: "limit",
          header: "Credit limit",
          align: "right",
          cell: (a) => formatMoney(a.creditLimit.toString(), a.creditCurrency),
        },
        { key: "owner", header: "Assigned User", cell: (a) => a.owner.name },
        { key: "team", header: "Team", cell: (a) => a.team.name },
      ]}
    />
  );
}
