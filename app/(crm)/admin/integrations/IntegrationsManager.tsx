"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { KeyRound, Plus } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Card, DataTable, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import type { listIntegrations } from "@/server/telephony/integrations-admin.ts";

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

function NewIntegration({ onIssued }: { onIssued: (secret: string) => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.telephony.createIntegration.mutationOptions());
  const [v, setV] = useState({ name: "", kind: "PBX", originateUrl: "" });
  const errors = serverErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name: v.name, kind: v.kind as "PBX", originateUrl: v.originateUrl },
      {
        onSuccess: (r) => {
          onIssued(r.secret);
          setV({ name: "", kind: "PBX", originateUrl: "" });
          router.refresh();
        },
      },
    );
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="New integration"
      className="grid grid-cols-[1fr_10rem_1.5fr_auto] items-end gap-3"
    >
      <Field label="Name" required error={errors.field("name")}>
        {(ids) => <Input {...ids} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />}
      </Field>
      <Field label="Kind" error={errors.field("kind")}>
        {(ids) => (
          <Select {...ids} value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value })}>
            <option value="PBX">Phone system (PBX)</option>
            <option value="TURRET">Trading turret</option>
            <option value="CHAT">Chat provider</option>
          </Select>
        )}
      </Field>
      <Field label="Originate URL" hint="Empty: a softphone-only line" error={errors.field("originateUrl")}>
        {(ids) => (
          <Input
            {...ids}
            value={v.originateUrl}
            onChange={(e) => setV({ ...v, originateUrl: e.target.value })}
            placeholder="https://pbx.example/originate"
          />
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={create.isPending}>
        <Plus aria-hidden /> Add integration
      </Button>
      {errors.form && !errors.field("name") && (
        <p className="col-span-4 text-xs text-red-700">{errors.form}</p>
      )}
    </form>
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
      <Card className="p-4">
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
            key: "name",
            header: "Name",
            cell: (i) => <span className="font-medium text-slate-900">{i.name}</span>,
          },
          { key: "kind", header: "Kind", cell: (i) => i.kind },
          {
            key: "id",
            header: "Integration id",
            cell: (i) => <code className="font-mono text-xs">{i.id}</code>,
          },
          { key: "events", header: "Events", cell: (i) => i.events.toLocaleString("en-GB") },
          {
            key: "secrets",
            header: "Secrets in use",
            cell: (i) =>
              i.secrets.map((s) => (
                <span key={s.id} className="mr-2 text-xs text-slate-700">
                  <code className="font-mono">{s.hint}</code>{" "}
                  {s.expiresAt ? `until ${new Date(s.expiresAt).toLocaleString("en-GB")}` : "current"}
                </span>
              )),
          },
          {
            key: "status",
            header: "Status",
            cell: (i) =>
              i.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="red">Disabled</Badge>,
          },
          {
            key: "actions",
            header: "",
            cell: (i) => (
              <span className="flex justify-end gap-1.5">
                <Button
                  size="sm"
                  aria-label={`Rotate the secret of ${i.name}`}
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
                  <KeyRound aria-hidden /> Rotate secret
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
