"use client";

import Link from "next/link";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import {
  BarChart3,
  Briefcase,
  Clock,
  Mail,
  MessageSquare,
  MessageSquareText,
  NotebookPen,
  Phone,
  Search,
  TrendingUp,
  UserPlus,
  type LucideIcon,
} from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Skeleton } from "@/app/_components/ui";
import type { CommCentreAction } from "@/server/comm-tools/catalog.ts";
import { requestDial } from "./dial-request.ts";
import { ComposeEmailDialog } from "./ComposeEmailDialog.tsx";
import { StartChatButton } from "./StartChatButton.tsx";
import type { SelectedContact } from "./selected-contact.ts";

// Seed 003: with no customer selected only search, new contact and latest communications.
const NO_CUSTOMER_ACTIONS = [
  { label: "Search", href: "/search", icon: Search },
  { label: "New contact", href: "/contacts/new", icon: UserPlus },
  { label: "Latest communications", href: "/communication-centre", icon: Clock },
];

const actionClass =
  "flex h-8 w-full items-center gap-2 rounded-md border border-slate-200 px-2.5 text-left text-[13px] text-slate-800 hover:border-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50";

type Target = { accountId: string; sessionId: string | null; phone: string | null };
const ACTIONS: Record<CommCentreAction, { label: string; icon: LucideIcon; href?: (t: Target) => string }> = {
  START_CALL: { label: "Call", icon: Phone },
  START_CHAT: { label: "Start chat", icon: MessageSquare },
  // Opens the compose dialog (below) rather than a page: the rep stays with the customer.
  SEND_EMAIL: { label: "Send email", icon: Mail },
  SEND_SMS: {
    label: "Send SMS",
    icon: MessageSquareText,
    href: (t) => `/accounts/${t.accountId}#interactions`,
  },
  NEW_INTERACTION: {
    label: "New interaction",
    icon: NotebookPen,
    href: (t) => `/accounts/${t.accountId}#interactions`,
  },
  NEW_OPPORTUNITY: {
    label: "New opportunity",
    icon: TrendingUp,
    href: (t) => `/opportunities/new?accountId=${t.accountId}`,
  },
  REGISTER_DEAL: {
    label: "Register deal",
    icon: Briefcase,
    href: (t) => `/accounts/${t.accountId}?${t.sessionId ? `session=${t.sessionId}&` : ""}tool=deal-ticket`,
  },
  VIEW_ANALYSIS: {
    label: "View analysis",
    icon: BarChart3,
    href: (t) => `/accounts/${t.accountId}?${t.sessionId ? `session=${t.sessionId}&` : ""}tool=analytics`,
  },
};

function CustomerActions({
  accountId,
  contact,
  sessionId,
}: {
  accountId: string;
  contact: SelectedContact | null;
  sessionId: string | null;
}) {
  const trpc = useTRPC();
  const q = useQuery(trpc.commTools.forAccount.queryOptions({ accountId }));
  const [composing, setComposing] = useState(false);
  if (q.isPending) return <Skeleton className="h-24" />;
  if (q.isError) return <p className="text-xs text-red-700">Could not load this customer&apos;s actions.</p>;
  // A selected contact is called on their own number when they have one.
  const target = { accountId, sessionId, phone: contact?.phone ?? q.data.phone };
  const account = q.data.profile.partyGroupName;
  const who = contact ? `${contact.name} · ${account}` : account;
  return (
    <>
      <p className="mb-2 truncate text-xs text-slate-600" title={who} data-testid="action-panel-customer">
        For <span className="font-medium text-slate-900">{contact ? contact.name : account}</span>
        {contact && ` at ${account}`}
        {q.data.rule ? ` · rule: ${q.data.rule.name}` : " · no rule matches"}
      </p>
      <ul className="space-y-1" data-testid="action-panel">
        {q.data.actions.map((key) => {
          const { label, icon: Icon, href } = ACTIONS[key] ?? { label: key, icon: Clock };
          const body = (
            <>
              <Icon aria-hidden size={15} className="text-slate-500" /> {label}
            </>
          );
          return (
            <li key={key}>
              {href ? (
                <Link href={href(target)} className={actionClass}>
                  {body}
                </Link>
              ) : key === "SEND_EMAIL" ? (
                <button type="button" className={actionClass} onClick={() => setComposing(true)}>
                  {body}
                </button>
              ) : key === "START_CALL" ? (
                <button
                  type="button"
                  className={actionClass}
                  disabled={!target.phone}
                  onClick={() =>
                    target.phone &&
                    requestDial({ number: target.phone, accountId, contactId: contact?.contactId })
                  }
                >
                  {body}
                </button>
              ) : (
                <StartChatButton className={actionClass} contactId={contact?.contactId ?? null}>
                  {body}
                </StartChatButton>
              )}
            </li>
          );
        })}
      </ul>
      {composing && (
        <ComposeEmailDialog
          accountId={accountId}
          contactId={contact?.contactId ?? null}
          onClose={() => setComposing(false)}
        />
      )}
    </>
  );
}

/**
 * A contact in their own right (no account): the rules read an account's profile, so only what
 * needs no profile is offered: calling them and their timeline.
 */
function ContactOnlyActions({ contact }: { contact: SelectedContact }) {
  return (
    <>
      <p
        className="mb-2 truncate text-xs text-slate-600"
        title={contact.name}
        data-testid="action-panel-customer"
      >
        For <span className="font-medium text-slate-900">{contact.name}</span> · no account
      </p>
      <ul className="space-y-1" data-testid="action-panel">
        <li>
          <button
            type="button"
            className={actionClass}
            disabled={!contact.phone}
            title={contact.phone ? undefined : "This contact has no phone number"}
            onClick={() =>
              contact.phone && requestDial({ number: contact.phone, contactId: contact.contactId })
            }
          >
            <Phone aria-hidden size={15} className="text-slate-500" /> Call
          </button>
        </li>
        <li>
          <Link href={`/contacts/${contact.contactId}/timeline`} className={actionClass}>
            <Clock aria-hidden size={15} className="text-slate-500" /> Interactions timeline
          </Link>
        </li>
      </ul>
    </>
  );
}

/** The actions the admin rules allow for the selected customer; the basic three without one. */
export function ActionPanel({
  accountId,
  contact = null,
  sessionId,
}: {
  accountId: string | null;
  contact?: SelectedContact | null;
  sessionId: string | null;
}) {
  if (accountId) return <CustomerActions accountId={accountId} contact={contact} sessionId={sessionId} />;
  if (contact) return <ContactOnlyActions contact={contact} />;
  return (
    <>
      <p className="mb-2 text-xs text-slate-600">No customer selected.</p>
      <ul className="space-y-1" data-testid="action-panel">
        {NO_CUSTOMER_ACTIONS.map(({ label, href, icon: Icon }) => (
          <li key={label}>
            <Link href={href} className={actionClass}>
              <Icon aria-hidden size={15} className="text-slate-500" /> {label}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
