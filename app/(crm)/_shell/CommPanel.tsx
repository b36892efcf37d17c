import Link from "next/link";
import { Clock, PhoneOff, Search, UserPlus } from "lucide-react";

// The communication centre's home on every page. Seed 003: with no customer selected only
// search, new contact and latest communications are available.
const NO_CUSTOMER_ACTIONS = [
  { label: "Search", href: "/search", icon: Search },
  { label: "New contact", href: "/contacts/new", icon: UserPlus },
  { label: "Latest communications", href: "/communication-centre", icon: Clock },
];

export function CommPanel() {
  return (
    <aside id="comm-panel" aria-label="Communication Centre" className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white">
      <div className="flex h-12 items-center border-b border-slate-200 px-4">
        <h2 className="text-sm font-semibold text-slate-900">Communication Centre</h2>
      </div>
      <div className="flex-1 space-y-5 overflow-y-auto p-4">
        <section aria-labelledby="softphone-heading">
          <h3 id="softphone-heading" className="mb-2 text-[11px] font-semibold tracking-wide text-slate-600 uppercase">Softphone</h3>
          <div className="flex items-center gap-2 rounded-md border border-dashed border-slate-300 px-3 py-3 text-sm text-slate-600">
            <PhoneOff aria-hidden size={16} className="text-slate-400" /> No active call
          </div>
        </section>
        <section aria-labelledby="latest-heading">
          <h3 id="latest-heading" className="mb-2 text-[11px] font-semibold tracking-wide text-slate-600 uppercase">Latest Communications</h3>
          <Link href="/communication-centre" className="text-sm text-blue-700 hover:underline">
            Open your latest communications
          </Link>
        </section>
        <section aria-labelledby="actions-heading">
          <h3 id="actions-heading" className="mb-2 text-[11px] font-semibold tracking-wide text-slate-600 uppercase">Action Panel</h3>
          <p className="mb-2 text-xs text-slate-600">No customer selected.</p>
          <ul className="space-y-1">
            {NO_CUSTOMER_ACTIONS.map(({ label, href, icon: Icon }) => (
              <li key={label}>
                <Link href={href} className="flex h-8 items-center gap-2 rounded-md border border-slate-200 px-2.5 text-sm text-slate-800 hover:bg-slate-50">
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
