import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { enumLabel } from "../../../_list/search-params.ts";
import { MessageStateBadge } from "../../../_shell/comm/MessageStateBadge.tsx";
import { RetryMessageButton } from "./RetryMessageButton.tsx";

export const metadata = { title: "Message · Outbox · Admin · Dealfloor" };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const { id } = await params;
  if (!GUID.test(id)) notFound();
  const m = await (await api()).messages.get({ id }).catch((e: { code?: string }) => {
    if (e?.code === "NOT_FOUND") notFound();
    throw e;
  });

  return (
    <div className="space-y-4">
      <Link href="/admin/outbox" className="text-[13px] text-blue-700 hover:underline">
        ← Outbox
      </Link>
      <PageHeader
        title={
          m.channel === "EMAIL"
            ? m.headers.find(([k]) => k === "Subject")?.[1] || "(no subject)"
            : `${enumLabel(m.channel)} message`
        }
        description="The message as it was (or would have been) sent."
      />
      <section className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-[13px]">
        <MessageStateBadge state={m.state} reply={m.lastReply} />
        <span className="break-all text-slate-700" data-testid="outbox-reply">
          {m.lastReply ?? "No answer from a server yet."}
        </span>
        <span className="text-slate-500 tabular-nums">
          {m.attempts} attempt{m.attempts === 1 ? "" : "s"} · created {formatDateTime(m.createdAt)}
          {m.sentAt && ` · sent ${formatDateTime(m.sentAt)}`}
          {m.failedAt && ` · failed ${formatDateTime(m.failedAt)}`}
        </span>
        {m.isMarketing && <span className="text-violet-800">Marketing</span>}
        {m.retryable && <RetryMessageButton id={m.id} />}
      </section>

      <section aria-labelledby="headers-heading" className="space-y-1">
        <h2 id="headers-heading" className="text-sm font-semibold text-slate-800">
          Headers
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white px-3 py-2 font-mono text-[12px]">
          {m.headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-slate-500">{name}:</dt>
              <dd className="break-all text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {m.attachments.length > 0 && (
          <p className="text-xs text-slate-600">
            Attachments: {m.attachments.map((a) => `${a.fileName} (${a.mimeType})`).join(", ")}
          </p>
        )}
      </section>

      <section aria-labelledby="text-heading" className="space-y-1">
        <h2 id="text-heading" className="text-sm font-semibold text-slate-800">
          Text part
        </h2>
        <pre className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white px-3 py-2 text-[13px] whitespace-pre-wrap">
          {m.textBody}
        </pre>
      </section>

      <section aria-labelledby="html-heading" className="space-y-1">
        <h2 id="html-heading" className="text-sm font-semibold text-slate-800">
          HTML part
        </h2>
        {m.htmlBody ? (
          <>
            {/* sandbox="" : no scripts, no forms, no navigation, a unique origin; the HTML never joins this page. */}
            <iframe
              title="HTML part, rendered"
              sandbox=""
              srcDoc={m.htmlBody}
              referrerPolicy="no-referrer"
              className="h-80 w-full rounded-lg border border-slate-200 bg-white"
            />
            <details className="text-[13px]">
              <summary className="cursor-pointer text-blue-700">HTML source</summary>
              <pre className="mt-1 max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white px-3 py-2 text-[12px] whitespace-pre-wrap">
                {m.htmlBody}
              </pre>
            </details>
          </>
        ) : (
          <p className="text-[13px] text-slate-600">None: sent as text only.</p>
        )}
      </section>
    </div>
  );
}
