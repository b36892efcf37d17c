import { FileCheck2 } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { agreementListView } from "@/server/agreements/list-agreements.ts";
import { AgreementType } from "@/server/generated/prisma/enums.ts";
import { Badge } from "@/app/_components/ui";
import { formatDate } from "@/app/_components/format";
import { FilterChips, enumOptions } from "../_list/FilterChips.tsx";
import { ListPage } from "../_list/ListPage.tsx";
import { ExportCsvLink } from "../import/_components/ExportCsvLink.tsx";
import Link from "next/link";
import { agreementLabel } from "@/server/agreements/agreement-labels.ts";
import { enumLabel, enumParam, param, viewOf, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Agreements · Dealfloor" };

const STATUS = { ACTIVE: "ACTIVE", INACTIVE: "INACTIVE", ALL: "ALL" } as const;

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const view = viewOf(agreementListView, sp);
  const trpc = await api();
  const page = await trpc.agreements.list({
    ...view,
    cursor: param(sp, "cursor"),
    status: enumParam(sp, "status", STATUS) ?? "ACTIVE",
    agreementType: enumParam(sp, "agreementType", AgreementType),
  });

  return (
    <ListPage
      title="Agreements"
      description="Consent agreements: marketing on a channel needs an active agreement for it."
      actions={
        <>
          <Link href="/agreements/expiring" className="text-sm font-medium text-blue-700 hover:underline">
            Ending soon
          </Link>
          <ExportCsvLink entity="agreements" searchParams={sp} />
        </>
      }
      pathname="/agreements"
      searchParams={sp}
      page={page}
      view={{ entity: "agreements", def: agreementListView, current: view }}
      empty={{ icon: FileCheck2, title: "No agreements" }}
      filters={
        <>
          <FilterChips
            pathname="/agreements"
            searchParams={sp}
            name="status"
            label="Status"
            options={[
              { value: undefined, label: "Active" },
              { value: "INACTIVE", label: "Inactive" },
              { value: "ALL", label: "All" },
            ]}
          />
          <FilterChips
            pathname="/agreements"
            searchParams={sp}
            name="agreementType"
            label="Agreement Type"
            options={enumOptions(AgreementType, agreementLabel)}
          />
        </>
      }
      getRowKey={(a) => a.id}
      rowHref={(a) => `/agreements/${a.id}`}
      columns={[
        { key: "account", header: "Account", cell: (a) => a.account.partyGroupName },
        { key: "type", header: "Agreement Type", cell: (a) => agreementLabel(a.agreementType) },
        {
          key: "status",
          header: "Status",
          cell: (a) => (
            <Badge tone={a.status === "ACTIVE" ? "green" : "neutral"}>
              {a.withdrawnAt ? "Withdrawn" : enumLabel(a.status)}
            </Badge>
          ),
        },
        { key: "start", header: "Start Date", cell: (a) => formatDate(a.startDate) },
        { key: "end", header: "End Date", cell: (a) => (a.endDate ? formatDate(a.endDate) : "Open-ended") },
        {
          key: "contract",
          header: "Contract Number",
          cell: (a) => a.contract?.contractNumber ?? "—",
          className: "font-mono text-xs",
        },
      ]}
    />
  );
}
