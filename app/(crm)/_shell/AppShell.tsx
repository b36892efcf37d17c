"use client";

import type { ReactNode } from "react";
import { usePanelOpen } from "./use-panel-open.ts";
import { Sidebar } from "./Sidebar.tsx";
import { TopBar } from "./TopBar.tsx";
import { CommPanel } from "./CommPanel.tsx";

export function AppShell({ user, children }: { user: { name: string; email: string; role: "REP" | "MANAGER" | "ADMIN" }; children: ReactNode }) {
  const [panelOpen, toggle] = usePanelOpen();

  return (
    <div className="flex h-screen overflow-hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <Sidebar isAdmin={user.role === "ADMIN"} />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar user={user} panelOpen={panelOpen} onTogglePanel={toggle} />
        <div className="flex min-h-0 flex-1">
          <main id="main" className="min-w-0 flex-1 overflow-y-auto p-5">
            {children}
          </main>
          {panelOpen && <CommPanel />}
        </div>
      </div>
    </div>
  );
}
