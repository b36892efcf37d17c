"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS } from "./nav-items.ts";

export function Sidebar({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <div className="flex h-full w-56 shrink-0 flex-col bg-slate-900 text-slate-300">
      <div className="flex h-12 items-center gap-2 border-b border-slate-800 px-4">
        <span aria-hidden className="grid h-6 w-6 place-items-center rounded bg-blue-600 text-xs font-bold text-white">D</span>
        <span className="text-sm font-semibold tracking-tight text-white">Dealfloor</span>
      </div>
      <nav aria-label="Main" className="flex-1 overflow-y-auto px-2 py-3">
        <ul className="space-y-0.5">
          {NAV_ITEMS.filter((item) => !item.adminOnly || isAdmin).map(({ href, label, icon: Icon }) => {
            const active = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href}>
                <Link
                  href={href}
                  aria-current={active ? "page" : undefined}
                  className={`flex h-8 items-center gap-2.5 rounded-md px-2.5 text-[13px] ${active ? "bg-slate-800 font-medium text-white" : "hover:bg-slate-800/60 hover:text-white"}`}
                >
                  <Icon aria-hidden size={16} className={active ? "text-blue-400" : "text-slate-400"} />
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
