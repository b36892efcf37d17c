import Link from "next/link";
import { api } from "@/server/trpc/server-caller.ts";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { agreementLabel } from "@/server/agreements/agreement-labels.ts";
import { Badge, Card, PageHeader } from "@/app/_components/ui";
import { formatDate, formatDateTime } from "@/app/_components/format";
import type { FieldItem } from "../../_detail/FieldGrid.tsx";
import { orNotFound } from "../../_detail/or-not-found.ts";
import { enumLabel, type SearchParams } from "../../_list/search-params.ts";
import { AgreementActions } from "./AgreementActions.tsx";

export const metadata = { title: "Agreement · Dealfloor" };

/**
 * The seed's fields in columns that follow the card's width, not the window's: with the
 * communication centre docked the card is narrow even on a wide screen.
 */
function AgreementFields({ fields }: { fields: FieldItem[] }) {
  return (
    <div className="@container">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 @2xl:grid-cols-4">
        {fields.map((f) => (
          <div key={f.label} className="min-w-0">
            <dt className="text-xs font-medium text-slate-500">{f.label}</dt>
            <dd className="mt-0.5 text-sm break-words text-slate-900">{f.value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const nextDay = (d: Date) => isoDay(new Date(d.getTime() + 86_400_000));

/**
 * One consent agreement (seed 001's "view a specific agreement"): its fields under the seed's
 * labels, how it ended, what it renews or was renewed by, and, for admins, what can be done to it.
 */
export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, sp, viewer] = await Promise.all([params, searchParams, requireViewer()]);
  const trpc = await api();
  const a = await orNotFound(trpc.agreements.byId({ id }));
  const label = agreementLabel(a.agreementType);
  const statusText = a.withdrawnAt ? "Withdrawn" : a.endedAt ? "Ended" : enumLabel(a.status);
  // A renewal follows on the day after a running agreement's End Date, so consent never lapses;
  // one ended early, withdrawn or already over is renewed from today. It runs as long as the old.
  const today = new Date().toISOString().slice(0, 10);
  const renewStart = !a.endedAt && a.endDate && nextDay(a.endDate) > today ? nextDay(a.endDate) : today;
  const lengthMs = a.endDate ? a.endDate.getTime() - a.startDate.getTime() : null;
  const renewEnd =
    lengthMs !== null ? isoDay(new Date(Date.parse(`${renewStart}T00:00:00Z`) + lengthMs)) : "";

  return (
    <div className="@container space-y-4">
      <PageHeader
        title={`${label} agreement`}
        description={
          <>
            <Link href={`/accounts/${a.account.id}`} className="font-medium text-blue-700 hover:underline">
              {a.account.partyGroupName}
            </Link>{" "}
            ·{" "}
            <Link href="/agreements" className="text-blue-700 hover:underline">
              All agreements
            </Link>
          </>
        }
        actions={<Badge tone={a.status === "ACTIVE" ? "green" : "neutral"}>{statusText}</Badge>}
      />
      <Card title="Agreement details">
        <div className="space-y-4">
          <AgreementFields
            fields={[
              { label: "Agreement Type", value: label },
              { label: "Status", value: enumLabel(a.status) },
              { label: "Start Date", value: formatDate(a.startDate) },
              { label: "End Date", value: a.endDate ? formatDate(a.endDate) : "Open-ended" },
              { label: "Contract Number", value: a.contract?.contractNumber ?? "No contract" },
              { label: "Contract title", value: a.contract?.title },
              { label: "Created", value: formatDateTime(a.createdAt) },
              { label: "Last changed", value: formatDateTime(a.updatedAt) },
            ]}
          />
          {a.withdrawnAt ? (
            <p
              data-testid="agreement-ended"
              className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              Consent was withdrawn on {formatDateTime(a.withdrawnAt)}. Reason: {a.withdrawalReason}
            </p>
          ) : a.endedAt ? (
            <p
              data-testid="agreement-ended"
              className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
            >
              Ended early on {formatDateTime(a.endedAt)}. It no longer counts as consent.
            </p>
          ) : null}
          {(a.renewedFrom || a.renewal) && (
            <ul className="space-y-1 text-sm text-slate-700">
              {a.renewedFrom && (
                <li>
                  Renews{" "}
                  <Link href={`/agreements/${a.renewedFrom.id}`} className="text-blue-700 hover:underline">
                    the agreement of {formatDate(a.renewedFrom.startDate)}
                  </Link>
                </li>
              )}
              {a.renewal && (
                <li>
                  Renewed by{" "}
                  <Link href={`/agreements/${a.renewal.id}`} className="text-blue-700 hover:underline">
                    the agreement from {formatDate(a.renewal.startDate)}
                  </Link>
                </li>
              )}
            </ul>
          )}
          {a.reminders.length > 0 && (
            <p className="text-xs text-slate-600">
              Expiry reminder sent to the account owner on {formatDate(a.reminders[0]!.createdAt)}
              {a.reminders[0]!.task ? ` (task ${enumLabel(a.reminders[0]!.task.status).toLowerCase()})` : ""}.
            </p>
          )}
        </div>
      </Card>
      {viewer.role === "ADMIN" ? (
        <AgreementActions
          key={a.version}
          agreement={{
            id: a.id,
            version: a.version,
            accountId: a.account.id,
            startDate: isoDay(a.startDate),
            endDate: isoDay(a.endDate),
            ended: Boolean(a.endedAt),
            renewed: Boolean(a.renewal),
          }}
          contracts={a.account.contracts}
          renewal={{
            agreementType: a.agreementType,
            startDate: renewStart,
            endDate: renewEnd,
            contractId: a.contract?.id ?? null,
          }}
          startRenewing={sp.renew === "1"}
        />
      ) : (
        <p className="text-xs text-slate-600">Consent agreements are managed by admins.</p>
      )}
    </div>
  );
}
