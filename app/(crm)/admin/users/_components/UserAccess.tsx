"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { KeyRound, UserCheck, UserX } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Card } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";

/** Disable or re-enable a user, and hand them a one-time link to set a new password. */
export function UserAccess({
  user,
  isSelf,
  activeSessions,
}: {
  user: { id: string; name: string; disabledAt: Date | null };
  isSelf: boolean;
  activeSessions: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const toggle = useMutation(trpc.admin.setUserDisabled.mutationOptions());
  const reset = useMutation(trpc.admin.issuePasswordReset.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [link, setLink] = useState<{ url: string; expiresAt: Date } | null>(null);
  const disabled = user.disabledAt !== null;

  return (
    <div className="space-y-4">
      <Card className="space-y-2 p-4">
        <h2 className="text-sm font-semibold text-slate-800">Access</h2>
        {disabled ? (
          <p className="text-[13px] text-slate-700">
            Disabled {formatDateTime(user.disabledAt!)}. They cannot sign in; their records stay.
          </p>
        ) : (
          <p className="text-[13px] text-slate-700">
            Active, signed in on {activeSessions} {activeSessions === 1 ? "browser" : "browsers"}. Disabling
            signs them out everywhere at once.
          </p>
        )}
        {disabled ? (
          <Button
            disabled={toggle.isPending}
            onClick={() =>
              toggle.mutate({ id: user.id, disabled: false }, { onSuccess: () => router.refresh() })
            }
          >
            <UserCheck aria-hidden /> Enable {user.name}
          </Button>
        ) : isSelf ? (
          <p className="text-xs text-slate-500">You cannot disable your own account.</p>
        ) : confirming ? (
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="danger"
              disabled={toggle.isPending}
              onClick={() =>
                toggle.mutate(
                  { id: user.id, disabled: true },
                  {
                    onSuccess: () => {
                      setConfirming(false);
                      setLink(null);
                      router.refresh();
                    },
                  },
                )
              }
            >
              <UserX aria-hidden /> Yes, disable and sign out
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Keep active
            </Button>
          </div>
        ) : (
          <Button onClick={() => setConfirming(true)}>
            <UserX aria-hidden /> Disable {user.name}
          </Button>
        )}
        {toggle.error && (
          <p role="alert" className="text-xs text-red-700">
            {toggle.error.message}
          </p>
        )}
      </Card>

      <Card className="space-y-2 p-4">
        <h2 className="text-sm font-semibold text-slate-800">Password</h2>
        <p className="text-[13px] text-slate-700">
          A one-time link lets {user.name} choose a new password. Dealfloor does not send e-mail yet: copy the
          link and give it to them yourself, over a channel you trust.
        </p>
        {link && (
          <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-[13px]">
            <p className="font-medium text-amber-900">Copy this link now: it is not shown again.</p>
            <code
              data-testid="reset-link"
              className="mt-1 block rounded bg-white px-2 py-1 font-mono text-xs break-all text-slate-900 ring-1 ring-amber-200"
            >
              {link.url}
            </code>
            <p className="mt-1 text-xs text-amber-900">
              It works once, until {formatDateTime(link.expiresAt)}. A newer link replaces it.
            </p>
          </div>
        )}
        <Button
          disabled={reset.isPending || disabled}
          onClick={() =>
            reset.mutate(
              { id: user.id },
              {
                onSuccess: (r) =>
                  setLink({ url: `${window.location.origin}${r.path}`, expiresAt: r.expiresAt }),
              },
            )
          }
        >
          <KeyRound aria-hidden /> {link ? "Create another link" : "Create a reset link"}
        </Button>
        {disabled && <p className="text-xs text-slate-500">Enable the user first.</p>}
        {reset.error && (
          <p role="alert" className="text-xs text-red-700">
            {reset.error.message}
          </p>
        )}
      </Card>
    </div>
  );
}
