import Link from "next/link";
import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { DataTable, KeysetPager, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { enumLabel, pagerHrefs, param, type SearchParams } from "../../_list/search-params.ts";
import { FilterChips } from "../../_list/FilterChips.tsx";
import { MessageStateBadge } from "../../_shell/comm/MessageStateBadge.tsx";

export const metadata = { title: "Outbox · Admin · Dealfloor" };

const STATES = [
  "QUEUED",
  "SENDING",
  "SENT",
  "DELIVERED",
  "BOUNCED",
  "FAILED",
  "NOT_SENT",
  "CANCELED",
] as const;
type State = (typeof STATES)[number];

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const sp = await searchParams;
  const asked = param(sp, "state");
  // An unknown state in the URL lists everything rather than failing the page.
  const state = STATES.includes(asked as State) ? (asked as State) : undefined;
  const page = await (await api()).messages.outbox({ state, cursor: param(sp, "cursor"), limit: 50 });
  type Row = (typeof page.items)[number];

  return (
    <div className="space-y-4">
      <PageHeader
        title="Outbox"
        description="Every message the CRM has written to a customer, newest first: whether a server accepted it, and what the server answered."
      />
      {!page.emailConfigured && (
        <p
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-[13px] text-amber-900"
          data-testid="outbox-not-configured"
        >
          No mail server is configured (SMTP_URL), so e-mail is kept here and not sent. Set SMTP_URL and retry
          a message to send it.
        </p>
      )}
      <FilterChips
        pathname="/admin/outbox"
        searchParams={sp}
        name="state"
        label="State"
        options={[undefined, ...STATES].map((s) => ({ value: s, label: s ? enumLabel(s) : "All" }))}
      />
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-3 py-6 text-center text-sm text-slate-600">
          {state ? `No ${enumLabel(state).toLowerCase()} messages.` : "No messages yet."}
        </p>
      ) : (
        <DataTable<Row>
          rows={page.items}
          getRowKey={(m) => m.id}
          columns={[
            {
              key: "when",
              header: "Created / sent",
              cell: (m) => (
                <span className="whitespace-nowrap">
                  {formatDateTime(m.createdAt)}
                  <span className="block text-xs text-slate-500">
                    {m.sentAt ? `sent ${formatDateTime(m.sentAt)}` : "not sent"}
                  </span>
                </span>
              ),
            },
            {
              key: "to",
              header: "To",
              cell: (m) => (
                <span className="break-all">
                  {m.toAddress}
                  <span className="block text-xs text-slate-500">{enumLabel(m.channel)}</span>
                </span>
              ),
            },
            {
              key: "subject",
              header: "Subject",
              cell: (m) => (
                <Link href={`/admin/outbox/${m.id}`} className="text-blue-700 hover:underline">
                  {m.subject || (m.channel === "EMAIL" ? "(no subject)" : "Open message")}
                </Link>
              ),
            },
            {
              key: "state",
              header: "State",
              cell: (m) => <MessageStateBadge state={m.state} reply={m.lastReply} />,
            },
            {
              key: "attempts",
              header: "Tries",
              cell: (m) => <span className="tabular-nums">{m.attempts}</span>,
            },
            {
              key: "reply",
              header: "Last reply",
              cell: (m) => (
                <span
                  className="line-clamp-2 max-w-[18rem] break-words text-slate-700"
                  title={m.lastReply ?? undefined}
                >
                  {m.lastReply ?? "—"}
                </span>
              ),
            },
          ]}
        />
      )}
      <KeysetPager
        {...pagerHrefs("/admin/outbox", sp, page.nextCursor)}
        countLabel={`${page.items.length} shown`}
      />
    </div>
  );
}
