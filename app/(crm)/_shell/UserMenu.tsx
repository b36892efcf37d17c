"use client";

import { useEffect, useRef, useState } from "react";
import { signOut } from "next-auth/react";
import { ChevronDown, LogOut } from "lucide-react";
import { Badge } from "@/app/_components/ui";

type Role = "REP" | "MANAGER" | "ADMIN";
const roleLabel: Record<Role, string> = { REP: "Rep", MANAGER: "Manager", ADMIN: "Admin" };

export function UserMenu({ user }: { user: { name: string; email: string; role: Role } }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        data-testid="user-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="flex h-8 items-center gap-2 rounded-md px-2 text-sm text-slate-800 hover:bg-slate-100"
      >
        <span className="font-medium">{user.name}</span>
        <Badge tone={user.role === "ADMIN" ? "violet" : user.role === "MANAGER" ? "blue" : "neutral"}>{roleLabel[user.role]}</Badge>
        <ChevronDown aria-hidden size={14} className="text-slate-500" />
      </button>
      {open && (
        <div role="menu" className="absolute right-0 z-30 mt-1 w-60 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          <p className="truncate px-3 py-1.5 text-xs text-slate-600">{user.email}</p>
          <button
            type="button"
            role="menuitem"
            data-testid="sign-out"
            onClick={() => signOut({ callbackUrl: "/login" })}
            className="flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-50"
          >
            <LogOut aria-hidden size={14} /> Sign out
          </button>
        </div>
      )}
    </div>
  );
}
