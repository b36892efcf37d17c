"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";

type Kind = "accounts" | "contacts" | "leads" | "opportunities";
const NOUN: Record<Kind, string> = {
  accounts: "account",
  contacts: "contact",
  leads: "lead",
  opportunities: "opportunity",
};

/** Delete with a confirmation, as a soft delete an admin can undo; then back to the list. */
export function DeleteRecord({ kind, id }: { kind: Kind; id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(trpc[kind].delete.mutationOptions());
  if (!confirming) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
        <Trash2 aria-hidden size={14} /> Delete
      </Button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby={`confirm-delete-${id}`}
      className="flex items-center gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-1.5 text-sm"
    >
      <span id={`confirm-delete-${id}`} className="text-red-900">
        Delete this {NOUN[kind]}? An admin can restore it.
      </span>
      <Button
        size="sm"
        variant="danger"
        disabled={remove.isPending}
        onClick={() => remove.mutate({ id }, { onSuccess: () => router.push(`/${kind}`) })}
      >
        Delete {NOUN[kind]}
      </Button>
      <Button size="sm" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
      {remove.error && <span className="text-xs text-red-700">{remove.error.message}</span>}
    </div>
  );
}
