"use client";

import { useEffect, useRef } from "react";
import { PanelRight } from "lucide-react";
import { UserMenu } from "./UserMenu.tsx";
import { GlobalSearchBox } from "../search/_components/GlobalSearchBox.tsx";

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
      <GlobalSearchBox inputRef={searchRef} />
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
