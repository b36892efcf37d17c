"use client";

import Link from "next/link";
import { Clock, Search, UserPlus } from "lucide-react";

// Seed 003: with no customer selected only search, new contact and latest communications.
const NO_CUSTOMER_ACTIONS = [
  { label: "Search", href: "/search", icon: Search },
  { label: "New contact", href: "/contacts/new", icon: UserPlus },
  { label: "Latest communications", href: "/communication-centre", icon: Clock },
];

const actionClass =
  "flex h-8 items-center gap-2 rounded-md border border-slate-200 px-2.5 text-[13px] text-slate-800 hover:border-slate-300 hover:bg-slate-50";

export function ActionPanel({ accountId }: { accountId: string | null; sessionId: string | null }) {
  return (
    <>
      {!accountId && <p className="mb-2 text-xs text-slate-600">No customer selected.</p>}
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
