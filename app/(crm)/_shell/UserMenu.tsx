"use client";

import { useEffect, useId, useRef, useState } from "react";
import { signOut } from "next-auth/react";

// next-auth resolves its own redirect against NEXTAUTH_URL, which sends someone who came in on
// another host name (the machine's name, an IP) to localhost. Sign out, then go to this host's login.
async function signOutHere() {
  await signOut({ redirect: false });
  // A full load, not a client navigation: nothing of the signed-in session stays in memory.
  window.location.assign(new URL("/login", window.location.origin).href);
}
import { ChevronDown, LogOut } from "lucide-react";
import { Badge, type BadgeTone } from "@/app/_components/ui";
import type { ShellUser } from "./shell-user.ts";

const ROLE: Record<ShellUser["role"], { label: string; tone: BadgeTone }> = {
  REP: { label: "Rep", tone: "neutral" },
  MANAGER: { label: "Manager", tone: "blue" },
  ADMIN: { label: "Admin", tone: "violet" },
};

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

export function UserMenu({ user }: { user: ShellUser }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const firstItemRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // Menu pattern: focus moves into the menu; Escape hands it back to the trigger.
    firstItemRef.current?.focus();
    const onPointer = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        triggerRef.current?.focus();
      }
    };
    document.addEventListener("mousedown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const role = ROLE[user.role];
  return (
    <div ref={rootRef} className="relative">
      <button
        ref={triggerRef}
        type="button"
        data-testid="user-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        className="flex h-8 items-center gap-2 rounded-md pr-1.5 pl-1 text-[13px] text-slate-800 hover:bg-slate-100"
      >
        <span
          aria-hidden
          className="grid size-6 place-items-center rounded-full bg-slate-700 text-[10px] font-semibold text-white"
        >
          {initials(user.name)}
        </span>
        <span className="hidden font-medium sm:inline">{user.name}</span>
        <Badge tone={role.tone}>{role.label}</Badge>
        <ChevronDown aria-hidden size={14} className="text-slate-500" />
      </button>
      {open && (
        <div className="absolute right-0 z-40 mt-1 w-64 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
          <div className="border-b border-slate-100 px-3 py-2.5">
            <p className="truncate text-[13px] font-medium text-slate-900">{user.name}</p>
            <p className="truncate text-xs text-slate-600">{user.email}</p>
          </div>
          <div id={menuId} role="menu" aria-label="Account" className="p-1">
            <button
              ref={firstItemRef}
              type="button"
              role="menuitem"
              data-testid="sign-out"
              onClick={signOutHere}
              className="flex h-8 w-full items-center gap-2 rounded-md px-2 text-left text-[13px] text-slate-800 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-offset-[-2px]"
            >
              <LogOut aria-hidden size={15} className="text-slate-500" /> Sign out
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
