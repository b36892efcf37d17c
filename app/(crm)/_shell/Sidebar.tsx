"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActive, navFor } from "./nav-items.ts";

export function Sidebar({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    // The brand link sits inside the nav so every link in the sidebar is in a landmark.
    <nav aria-label="Main" className="flex h-full w-56 shrink-0 flex-col bg-slate-900 text-slate-300">
      <Link
        href="/accounts"
        className="flex h-12 shrink-0 items-center gap-2.5 border-b border-slate-800 px-4 focus-visible:outline-offset-[-2px]"
      >
        <span
          aria-hidden
          className="grid size-6 place-items-center rounded-md bg-blue-600 text-xs font-bold text-white"
        >
          D
        </span>
        <span className="text-sm font-semibold tracking-tight text-white">Dealfloor</span>
      </Link>
      <div className="flex-1 space-y-4 overflow-y-auto px-2 py-3">
        {navFor(isAdmin).map((group) => (
          <div key={group.label}>
            <p
              aria-hidden
              className="px-2.5 pb-1 text-[11px] font-medium tracking-wide text-slate-400 uppercase"
            >
              {group.label}
            </p>
            <ul aria-label={group.label} className="space-y-px">
              {group.items.map(({ href, label, icon: Icon }) => {
                const active = isActive(pathname, href);
                return (
                  <li key={href}>
                    <Link
                      href={href}
                      aria-current={active ? "page" : undefined}
                      className={`relative flex h-8 items-center gap-2.5 rounded-md px-2.5 text-[13px] transition-colors focus-visible:outline-blue-400 ${
                        active
                          ? "bg-slate-800 font-medium text-white"
                          : "text-slate-300 hover:bg-slate-800/60 hover:text-white"
                      }`}
                    >
                      {active && (
                        <span
                          aria-hidden
                          className="absolute inset-y-1.5 left-0 w-0.5 rounded-full bg-blue-400"
                        />
                      )}
                      <Icon aria-hidden size={16} className={active ? "text-blue-300" : "text-slate-400"} />
                      <span className="truncate">{label}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
