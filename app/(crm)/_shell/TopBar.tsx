"use client";

import { useEffect, useRef } from "react";
import { PanelRightClose, PanelRightOpen } from "lucide-react";
import { UserMenu } from "./UserMenu.tsx";
import type { ShellUser } from "./shell-user.ts";
import { GlobalSearchBox } from "../search/_components/GlobalSearchBox.tsx";

export function TopBar({
  user,
  panelOpen,
  onTogglePanel,
}: {
  user: ShellUser;
  panelOpen: boolean;
  onTogglePanel: () => void;
}) {
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Ctrl-K / ⌘-K from anywhere, even inside another field: reps search mid-call.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "k") {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const PanelIcon = panelOpen ? PanelRightClose : PanelRightOpen;
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4">
      <GlobalSearchBox inputRef={searchRef} />
      <div className="ml-auto flex items-center gap-1.5">
        <button
          type="button"
          data-testid="comm-panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="comm-panel"
          onClick={onTogglePanel}
          title={panelOpen ? "Hide the Communication Centre panel" : "Show the Communication Centre panel"}
          className={`flex h-8 items-center gap-1.5 rounded-md px-2 text-[13px] font-medium ${
            panelOpen ? "bg-slate-100 text-slate-900" : "text-slate-700 hover:bg-slate-100"
          }`}
        >
          <PanelIcon aria-hidden size={16} className="text-slate-500" />
          <span className="sr-only lg:not-sr-only">Comms</span>
        </button>
        <span aria-hidden className="mx-1 h-5 w-px bg-slate-200" />
        <UserMenu user={user} />
      </div>
    </header>
  );
}
