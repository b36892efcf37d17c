"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Card, DataTable } from "@/app/_components/ui";
import type { listIntegrations } from "@/server/telephony/integrations-admin.ts";
import { NewIntegration } from "./NewIntegration.tsx";
import { ReplyEndpointCell } from "./ReplyEndpointCell.tsx";

const KIND_LABEL: Record<string, string> = {
  PBX: "Phone system",
  TURRET: "Trading turret",
  CHAT: "Chat provider",
};
const shortDate = (d: Date | string) =>
  new Date(d).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

type Integration = Awaited<ReturnType<typeof listIntegrations>>[number];

function IssuedSecret({ secret, note }: { secret: string; note: string }) {
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-[13px]">
      <p className="font-medium text-amber-900">Copy this secret now: it is not shown again.</p>
      <code
        data-testid="issued-secret"
        className="mt-1 block rounded bg-white px-2 py-1 font-mono text-xs break-all text-slate-900 ring-1 ring-amber-200"
      >
        {secret}
      </code>
      <p className="mt-1 text-xs text-amber-900">{note}</p>
    </div>
  );
}

/** Admins add integrations, switch them off, and rotate their webhook secrets with an overlap. */
export function IntegrationsManager({ integrations }: { integrations: Integration[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const rotate = useMutation(trpc.telephony.rotateSecret.mutationOptions());
  const toggle = useMutation(trpc.telephony.setIntegrationEnabled.mutationOptions());
  const [issued, setIssued] = useState<{ secret: string; note: string } | null>(null);

  return (
    <div className="space-y-4">
      {issued && <IssuedSecret {...issued} />}
      <Card className="@container p-4">
        <NewIntegration
          onIssued={(secret) =>
            setIssued({ secret, note: "Give it to the provider with the integration id below." })
          }
        />
      </Card>
      <DataTable<Integration>
        rows={integrations}
        getRowKey={(i) => i.id}
        columns={[
          {
            // Name, state, kind and id in one cell, and long tokens (the id, the URL) allowed to
            // wrap: as separate unbreakable columns they pushed Disable off a 1440 px screen.
            key: "name",
            header: "Integration",
            className: "whitespace-normal! min-w-44",
            cell: (i) => (
              <span className="flex flex-col gap-0.5 py-0.5 leading-tight">
                <span className="flex flex-wrap items-center gap-1.5">
                  <span className="font-medium text-slate-900">{i.name}</span>
                  {i.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="red">Disabled</Badge>}
                </span>
                <span className="text-xs text-slate-600">{KIND_LABEL[i.kind] ?? i.kind}</span>
                <code className="font-mono text-xs break-all text-slate-700 select-all">{i.id}</code>
              </span>
            ),
          },
          { key: "events", header: "Events", align: "right", cell: (i) => i.events.toLocaleString("en-GB") },
          {
            key: "secrets",
            header: "Secrets in use",
            cell: (i) => (
              <span className="flex flex-col text-xs leading-tight text-slate-700">
                {i.secrets.map((s) => (
                  <span
                    key={s.id}
                    title={s.expiresAt ? new Date(s.expiresAt).toLocaleString("en-GB") : undefined}
                  >
                    <code className="font-mono">{s.hint}</code>{" "}
                    {s.expiresAt ? `until ${shortDate(s.expiresAt)}` : "current"}
                  </span>
                ))}
              </span>
            ),
          },
          {
            key: "replyUrl",
            header: "Reply endpoint",
            className: "whitespace-normal!",
            cell: (i) => <ReplyEndpointCell {...i} />,
          },
          {
            key: "actions",
            header: "",
            cell: (i) => (
              <span className="flex justify-end gap-1.5">
                <Button
                  size="sm"
                  aria-label={`Rotate the secret of ${i.name}`}
                  title="Rotate secret (the old one keeps working for 24 h)"
                  disabled={rotate.isPending}
                  onClick={() =>
                    rotate.mutate(
                      { id: i.id, overlapHours: 24 },
                      {
                        onSuccess: (r) => {
                          setIssued({
                            secret: r.secret,
                            note: `The old secret keeps working until ${new Date(r.oldSecretsExpireAt).toLocaleString("en-GB")}.`,
                          });
                          router.refresh();
                        },
                      },
                    )
                  }
                >
                  <KeyRound aria-hidden />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={toggle.isPending}
                  onClick={() =>
                    toggle.mutate({ id: i.id, enabled: !i.enabled }, { onSuccess: () => router.refresh() })
                  }
                >
                  {i.enabled ? "Disable" : "Enable"}
                </Button>
              </span>
            ),
          },
        ]}
      />
      {(rotate.error ?? toggle.error) && (
        <p className="text-xs text-red-700">{(rotate.error ?? toggle.error)?.message}</p>
      )}
    </div>
  );
}
