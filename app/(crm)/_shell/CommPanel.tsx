import Link from "next/link";
import { Clock, PhoneOff, Search, UserPlus, X } from "lucide-react";
import { EmptyState } from "@/app/_components/ui";

// Seed 003: with no customer selected only search, new contact and latest communications are
// available. The admin-defined rules for a selected customer come with the softphone.
const NO_CUSTOMER_ACTIONS = [
  { label: "Search", href: "/search", icon: Search },
  { label: "New contact", href: "/contacts/new", icon: UserPlus },
  { label: "Latest communications", href: "/communication-centre", icon: Clock },
];

const sectionHeading = "mb-2 text-[11px] font-semibold tracking-wide text-slate-500 uppercase";

/**
 * The communication centre docked on every CRM page. Collapsing hides it rather than unmounting
 * it, so a call in the softphone survives the panel being put away.
 */
export function CommPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <aside
      id="comm-panel"
      aria-label="Communication Centre"
      hidden={!open}
      className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white"
    >
      <div className="flex h-11 shrink-0 items-center justify-between border-b border-slate-200 pr-2 pl-4">
        <h2 className="text-[13px] font-semibold text-slate-900">Communication Centre</h2>
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
          <div
            data-testid="softphone"
            className="flex items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 px-3 py-3"
          >
            <span className="grid size-8 place-items-center rounded-full bg-white text-slate-400 ring-1 ring-slate-200">
              <PhoneOff aria-hidden size={15} />
            </span>
            <div>
              <p className="text-[13px] font-medium text-slate-800">No active call</p>
              <p className="text-xs text-slate-600">Incoming calls and chats open here.</p>
            </div>
          </div>
        </section>

        <section aria-labelledby="latest-heading">
          <h3 id="latest-heading" className={sectionHeading}>
            Latest Communications
          </h3>
          <EmptyState
            compact
            icon={Clock}
            title="No recent communications"
            description="Your calls and chats show here, newest first."
            action={
              <Link
                href="/communication-centre"
                className="text-xs font-medium text-blue-700 hover:underline"
              >
                Open Communication Centre
              </Link>
            }
          />
        </section>

        <section aria-labelledby="actions-heading">
          <h3 id="actions-heading" className={sectionHeading}>
            Action Panel
          </h3>
          <p className="mb-2 text-xs text-slate-600">No customer selected.</p>
          <ul className="space-y-1" data-testid="action-panel">
            {NO_CUSTOMER_ACTIONS.map(({ label, href, icon: Icon }) => (
              <li key={label}>
                <Link
                  href={href}
                  className="flex h-8 items-center gap-2 rounded-md border border-slate-200 px-2.5 text-[13px] text-slate-800 hover:border-slate-300 hover:bg-slate-50"
                >
                  <Icon aria-hidden size={15} className="text-slate-500" /> {label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </aside>
  );
}
