"use client";

import { Fragment, useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ChevronDown, ChevronRight, Paperclip, Plus, RotateCw } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { enumLabel } from "../../../_list/search-params.ts";
import { InteractionForm, type AccountFacts } from "./InteractionForm.tsx";
import { InteractionAttachments, type AttachmentRow } from "./InteractionAttachments.tsx";
import { MessageStateBadge, isPending } from "../../../_shell/comm/MessageStateBadge.tsx";

type Message = { id: string; state: string; lastReply: string | null; attempts: number; retryable: boolean };

/** The states worth a line under the row: the rep must see why it did not go, and may retry. */
const NEEDS_ATTENTION = new Set(["FAILED", "NOT_SENT", "BOUNCED", "CANCELED"]);

/** The outgoing messages of the rows on screen, re-asked while any is still on its way. */
function useMessages(interactionIds: string[]) {
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.messages.forInteractions.queryOptions({ interactionIds }),
    enabled: interactionIds.length > 0,
    refetchInterval: (query) => (query.state.data?.some((m) => isPending(m.state)) ? 2000 : false),
  });
  const byInteraction = new Map<string, Message>();
  // Newest first from the server: the first message of an interaction is its latest.
  for (const m of q.data ?? [])
    if (m.interactionId && !byInteraction.has(m.interactionId)) byInteraction.set(m.interactionId, m);
  return { byInteraction, refetch: q.refetch, loaded: q.isSuccess };
}

function RetryButton({ message, name, onDone }: { message: Message; name: string; onDone: () => void }) {
  const trpc = useTRPC();
  const retry = useMutation(trpc.messages.retry.mutationOptions({ onSettled: onDone }));
  return (
    <>
      <button
        type="button"
        disabled={retry.isPending}
        onClick={() => retry.mutate({ id: message.id })}
        aria-label={`Retry sending ${name}`}
        className="inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-[12px] font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50"
      >
        <RotateCw aria-hidden size={12} /> {retry.isPending ? "Retrying…" : "Retry"}
      </button>
      {retry.error && <span className="text-red-700">{retry.error.message}</span>}
    </>
  );
}

type Row = {
  id: string;
  name: string;
  type: string;
  channel: string;
  status: string;
  isMarketing: boolean;
  activityDate: Date | null;
  planStartAt: Date | null;
  resultType: string | null;
  sentAt: Date | null;
  assignedUser: { name: string };
  attachments: AttachmentRow[];
};

export function InteractionsSection(props: {
  rows: Row[];
  account: AccountFacts;
  users: { id: string; name: string }[];
  viewerId: string;
}) {
  const [inserting, setInserting] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const messages = useMessages(
    props.rows.filter((r) => r.sentAt || r.status === "COMPLETED").map((r) => r.id),
  );
  return (
    <section id="interactions" aria-labelledby="interactions-heading" className="scroll-mt-4 space-y-2">
      <div className="flex items-center justify-between">
        <h3 id="interactions-heading" className="text-sm font-semibold text-slate-800">
          Interactions
        </h3>
        {!inserting && (
          <Button size="sm" onClick={() => setInserting(true)}>
            <Plus aria-hidden size={14} /> Insert
          </Button>
        )}
      </div>
      {inserting && <InteractionForm {...props} onDone={() => setInserting(false)} />}
      {props.rows.length === 0 ? (
        <p className="text-sm text-slate-600">No interactions yet.</p>
      ) : (
        <div
          tabIndex={0}
          role="region"
          aria-label="Interactions"
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <table className="w-full text-left text-[13px]">
            <thead className="bg-slate-50 text-[11px] font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">
                  When
                </th>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Type
                </th>
                <th scope="col" className="px-3 py-2">
                  Channel
                </th>
                <th scope="col" className="px-3 py-2">
                  Status
                </th>
                <th scope="col" className="px-3 py-2">
                  Result Type
                </th>
                <th scope="col" className="px-3 py-2">
                  Assigned User
                </th>
                <th scope="col" className="px-3 py-2">
                  Attachment
                </th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => {
                const when = r.activityDate ?? r.planStartAt;
                const expanded = open === r.id;
                const message = messages.byInteraction.get(r.id);
                return (
                  <Fragment key={r.id}>
                    <tr className="h-8 border-t border-slate-100">
                      <td className="px-3 whitespace-nowrap">{when ? formatDateTime(when) : "—"}</td>
                      <td className="px-3">
                        {r.name} {r.isMarketing && <Badge tone="violet">Marketing</Badge>}{" "}
                        {message ? (
                          <MessageStateBadge state={message.state} reply={message.lastReply} />
                        ) : (
                          // Before the states load (or for a row sent before messages were kept).
                          r.sentAt && <Badge tone="green">Sent</Badge>
                        )}
                      </td>
                      <td className="px-3">{enumLabel(r.type)}</td>
                      <td className="px-3">{enumLabel(r.channel)}</td>
                      <td className="px-3">{enumLabel(r.status)}</td>
                      <td className="px-3">{r.resultType ?? "—"}</td>
                      <td className="px-3">{r.assignedUser.name}</td>
                      <td className="px-3">
                        <button
                          type="button"
                          aria-expanded={expanded}
                          aria-controls={`attachments-${r.id}`}
                          aria-label={`Attachments of ${r.name}: ${r.attachments.length}`}
                          onClick={() => setOpen(expanded ? null : r.id)}
                          className="inline-flex items-center gap-1 rounded px-1 text-slate-700 hover:bg-slate-100"
                        >
                          {expanded ? (
                            <ChevronDown aria-hidden size={12} />
                          ) : (
                            <ChevronRight aria-hidden size={12} />
                          )}
                          <Paperclip aria-hidden size={12} />
                          <span className="tabular-nums">{r.attachments.length}</span>
                        </button>
                      </td>
                    </tr>
                    {message && NEEDS_ATTENTION.has(message.state) && (
                      <tr className="bg-amber-50/40">
                        <td />
                        <td colSpan={7} className="px-3 pb-1.5 text-[12px] text-slate-700">
                          <span
                            className="inline-flex flex-wrap items-center gap-2"
                            data-testid="message-details"
                          >
                            <span className="break-all">
                              {message.lastReply ?? "No reply from the server"}
                            </span>
                            <span className="text-slate-500 tabular-nums">
                              · {message.attempts} attempt{message.attempts === 1 ? "" : "s"}
                            </span>
                            {message.retryable && (
                              <RetryButton
                                message={message}
                                name={r.name}
                                onDone={() => void messages.refetch()}
                              />
                            )}
                          </span>
                        </td>
                      </tr>
                    )}
                    {expanded && (
                      <tr id={`attachments-${r.id}`} className="border-t border-slate-100 bg-slate-50/60">
                        <td colSpan={8}>
                          <InteractionAttachments
                            interactionId={r.id}
                            interactionName={r.name}
                            rows={r.attachments}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
