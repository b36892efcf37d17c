"use client";

import { useEffect, useRef } from "react";
import { PanelRight, Search } from "lucide-react";
import { UserMenu } from "./UserMenu.tsx";

export function TopBar({
  user,
  panelOpen,
  onTogglePanel,
}: {
  user: { name: string; email: string; role: "REP" | "MANAGER" | "ADMIN" };
  panelOpen: boolean;
  onTogglePanel: () => void;
}) {
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4">
      <form action="/search" method="get" role="search" className="relative max-w-xl flex-1">
        <Search aria-hidden size={15} className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-400" />
        <input
          ref={searchRef}
          name="q"
          type="search"
          aria-label="Search"
          placeholder="Search accounts, contacts, leads, opportunities… (Ctrl K)"
          className="h-8 w-full rounded-md border border-slate-300 bg-slate-50 pr-3 pl-8 text-sm placeholder:text-slate-500 focus:border-blue-600 focus:bg-white focus:outline-none focus:ring-2 focus:ring-blue-600/20"
        />
      </form>
      <div className="ml-auto flex items-center gap-1">
        <button
          type="button"
          data-testid="comm-panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="comm-panel"
          onClick={onTogglePanel}
          className="flex h-8 items-center gap-1.5 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100"
        >
          <PanelRight aria-hidden size={16} />
          <span className="hidden lg:inline">Comms</span>
        </button>
        <UserMenu user={user} />
      </div>
    </header>
  );
}
