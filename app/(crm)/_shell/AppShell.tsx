"use client";

import type { ReactNode } from "react";
import { usePanelOpen } from "./use-panel-open.ts";
import { Sidebar } from "./Sidebar.tsx";
import { TopBar } from "./TopBar.tsx";
import { CommPanel } from "./CommPanel.tsx";
import { TaskReminders } from "./TaskReminders.tsx";
import type { ShellUser } from "./shell-user.ts";

/**
 * The CRM frame: sidebar, top bar, the page in <main id="main">, and the Communication Centre
 * docked on the right. Only <main> scrolls, so the bars and the softphone never leave the screen.
 */
export function AppShell({
  user,
  commPanelOpen,
  children,
}: {
  user: ShellUser;
  /** Optional: the panel state from the cookie (comm-panel-cookie.ts), so a collapsed panel does not flash open. */
  commPanelOpen?: boolean;
  children: ReactNode;
}) {
  const [panelOpen, togglePanel] = usePanelOpen(commPanelOpen);

  return (
    <div className="flex h-dvh overflow-hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-[13px] focus:font-medium focus:text-blue-700 focus:shadow-lg"
      >
        Skip to content
      </a>
      <Sidebar isAdmin={user.role === "ADMIN"} />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar user={user} panelOpen={panelOpen} onTogglePanel={togglePanel} />
        <div className="flex min-h-0 flex-1">
          <main
            id="main"
            tabIndex={-1}
            className="min-w-0 flex-1 overflow-y-auto px-6 py-5 focus:outline-none"
          >
            {children}
          </main>
          <CommPanel open={panelOpen} onClose={togglePanel} />
        </div>
      </div>
      <TaskReminders />
    </div>
  );
}
