"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { X } from "lucide-react";
import { useCommCentre } from "./comm/use-comm-centre.ts";
import { Softphone } from "./comm/Softphone.tsx";
import { ChatPanel } from "./comm/ChatPanel.tsx";
import { LatestCommunications } from "./comm/LatestCommunications.tsx";
import { ActionPanel } from "./comm/ActionPanel.tsx";
import { useSelectedContact } from "./comm/selected-contact.ts";

const sectionHeading = "mb-2 text-[11px] font-semibold tracking-wide text-slate-500 uppercase";

/**
 * The customer in front of the agent: the account or contact page they are on, else the live
 * call's. A contact page says which contact it shows (SelectContact); the URL must still match,
 * so a page being left does not keep its contact selected.
 */
function useSelectedCustomer(liveAccountId: string | null) {
  const pathname = usePathname();
  const params = useSearchParams();
  const published = useSelectedContact();
  const onAccount = /^\/accounts\/([0-9a-f-]{36})/.exec(pathname)?.[1] ?? null;
  const onContact = /^\/contacts\/([0-9a-f-]{36})/.exec(pathname)?.[1] ?? null;
  const contact = onContact && published?.contactId === onContact ? published : null;
  return {
    accountId: onAccount ?? (contact ? contact.accountId : liveAccountId),
    contact,
    sessionId: params.get("session"),
  };
}

/**
 * The communication centre docked on every CRM page. Collapsing hides it rather than unmounting
 * it, so a call in the softphone, and the live stream behind it, survive the panel being put away.
 */
export function CommPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const comm = useCommCentre();
  const calls = comm.sessions.filter((s) => s.channel === "CALL");
  const chats = comm.sessions.filter((s) => s.channel === "CHAT");
  const live = comm.sessions.find(
    (s) => ["RINGING", "ANSWERED", "ON_HOLD"].includes(s.state) && s.customer?.accountId,
  );
  const selected = useSelectedCustomer(live?.customer?.accountId ?? null);

  return (
    <aside
      id="comm-panel"
      aria-label="Communication Centre"
      hidden={!open}
      className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white"
    >
      <div className="flex h-11 shrink-0 items-center justify-between border-b border-slate-200 pr-2 pl-4">
        <h2 className="flex items-center gap-2 text-[13px] font-semibold text-slate-900">
          Communication Centre
          <span
            data-testid="stream-status"
            data-connected={comm.connected}
            title={comm.connected ? "Receiving calls and chats" : "Reconnecting…"}
            className={`size-2 rounded-full ${comm.connected ? "bg-emerald-500" : "bg-amber-400"}`}
          />
          <span className="sr-only">{comm.connected ? "Connected" : "Reconnecting"}</span>
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Hide the Communication Centre panel"
          className="grid size-7 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-800"
        >
          <X aria-hidden size={16} />
        </button>
      </div>
      <div className="flex-1 space-y-5 overflow-y-auto p-4">
        <section aria-labelledby="softphone-heading">
          <h3 id="softphone-heading" className={sectionHeading}>
            Softphone
          </h3>
          {comm.loadError && (
            <p className="mb-2 text-xs text-red-700">Could not load your calls. Reload the page to retry.</p>
          )}
          <Softphone calls={calls} />
        </section>

        <section aria-labelledby="chat-heading">
          <h3 id="chat-heading" className={sectionHeading}>
            Chat
          </h3>
          <ChatPanel chats={chats} transcripts={comm.transcripts} />
        </section>

        <section aria-labelledby="latest-heading">
          <h3 id="latest-heading" className={sectionHeading}>
            Latest Communications
          </h3>
          <LatestCommunications refreshKey={comm.sessions.length} />
        </section>

        <section aria-labelledby="actions-heading">
          <h3 id="actions-heading" className={sectionHeading}>
            Action Panel
          </h3>
          <ActionPanel
            accountId={selected.accountId}
            contact={selected.contact}
            sessionId={selected.sessionId}
          />
        </section>
      </div>
    </aside>
  );
}
