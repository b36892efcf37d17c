import Link from "next/link";
import { ExternalLink } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, buttonClass, Card, PageHeader } from "@/app/_components/ui";
import { formatDate, formatDateTime, formatMoney } from "@/app/_components/format";
import { externalHref } from "@/app/_components/external-href.ts";
import { FieldGrid } from "../../_detail/FieldGrid.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel } from "../../_list/search-params.ts";

/** Only a web address opens an application in its own system (never mailto:, javascript: or data:). */
function openableHref(stored: string | null): string | null {
  const href = externalHref(stored);
  return href && /^https?:/i.test(href) ? href : null;
}

/** Seed 001's Application Details window, with "Open Application" for one from another system. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const a = await orNotFound((await api()).applications.byId({ id }));
  const href = openableHref(a.externalUrl);
  return (
    <div className="space-y-4">
      <PageHeader
        title={a.name}
        description={
          <>
            Application of{" "}
            <Link className="text-blue-700 hover:underline" href={`/accounts/${a.account.id}`}>
              {a.account.partyGroupName}
            </Link>
          </>
        }
        actions={
          <>
            <Badge tone={a.status === "APPROVED" ? "green" : a.status === "REJECTED" ? "red" : "blue"}>
              {enumLabel(a.status)}
            </Badge>
            {href ? (
              <a className={buttonClass("primary", "sm")} href={href} target="_blank" rel="noreferrer">
                Open Application <ExternalLink aria-hidden size={14} />
              </a>
            ) : (
              <span className="text-xs text-slate-600">
                {a.externalUrl
                  ? "Its address is not a web address, so it cannot be opened."
                  : "Kept in Dealfloor"}
              </span>
            )}
          </>
        }
      />
      <Card>
        <FieldGrid
          fields={[
            { label: "Name", value: a.name },
            { label: "Product", value: a.product },
            { label: "Status", value: enumLabel(a.status) },
            { label: "Source System", value: a.sourceSystem },
            { label: "External ID", value: a.externalId },
            { label: "Submitted", value: a.submittedAt ? formatDate(a.submittedAt) : null },
            {
              label: "Amount",
              value: a.amount && a.currency ? formatMoney(a.amount.toString(), a.currency) : null,
            },
            { label: "Application address", value: a.externalUrl },
            { label: "Last updated", value: formatDateTime(a.updatedAt) },
          ]}
        />
      </Card>
    </div>
  );
}
