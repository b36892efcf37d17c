"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Card, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { COMM_CENTRE_ACTIONS, COMM_CENTRE_TOOLS, type RuleConditions } from "@/server/comm-tools/catalog.ts";
import { KycStatus, Segment } from "@/server/generated/prisma/enums.ts";
import { enumLabel } from "../../_list/search-params.ts";

type Rule = {
  id: string;
  name: string;
  priority: number;
  enabled: boolean;
  conditions: RuleConditions;
  tools: string[];
  actions: string[];
  version: number;
};
type Draft = Omit<Rule, "id" | "version"> & { id?: string; version?: number };

const EMPTY: Draft = {
  name: "",
  priority: 100,
  enabled: true,
  conditions: {},
  tools: ["ANALYTICS"],
  actions: ["START_CALL", "SEND_EMAIL", "NEW_INTERACTION"],
};

function Checks({
  legend,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  options: readonly string[];
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-2">
      <legend className="px-1 text-xs font-medium text-slate-700">{legend}</legend>
      <div className="flex max-h-36 flex-wrap gap-x-3 gap-y-1 overflow-y-auto">
        {options.map((o) => (
          <label key={o} className="flex items-center gap-1 text-xs text-slate-800">
            <input
              type="checkbox"
              checked={value.includes(o)}
              onChange={(e) => onChange(e.target.checked ? [...value, o] : value.filter((x) => x !== o))}
            />
            {/^[A-Z_]+$/.test(o) ? enumLabel(o) : o}
          </label>
        ))}
      </div>
      {error && <p className="mt-1 text-xs text-red-700">{error}</p>}
    </fieldset>
  );
}

function summary(c: RuleConditions): string {
  const parts = [
    c.segments?.length && `segment ${c.segments.map(enumLabel).join("/")}`,
    c.kycStatuses?.length && `KYC ${c.kycStatuses.map(enumLabel).join("/")}`,
    c.productsAny?.length && `holds ${c.productsAny.join("/")}`,
    c.instrumentsAny?.length && `trades ${c.instrumentsAny.join("/")}`,
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "every customer";
}

/** Admins list, edit, switch off and delete the rules that choose each customer's tools. */
export function RulesEditor({
  rules,
  products,
  instruments,
}: {
  rules: Rule[];
  products: string[];
  instruments: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft | null>(null);
  const create = useMutation(trpc.commTools.createRule.mutationOptions());
  const update = useMutation(trpc.commTools.updateRule.mutationOptions());
  const remove = useMutation(trpc.commTools.deleteRule.mutationOptions());
  const errors = serverErrors(create.error ?? update.error);
  const done = { onSuccess: () => (setDraft(null), router.refresh()) };
  const cond = (key: keyof RuleConditions) => (v: string[]) =>
    setDraft((d) => d && { ...d, conditions: { ...d.conditions, [key]: v } });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const body = {
      name: draft.name,
      priority: draft.priority,
      enabled: draft.enabled,
      conditions: draft.conditions,
      tools: draft.tools as (typeof COMM_CENTRE_TOOLS)[number][],
      actions: draft.actions as (typeof COMM_CENTRE_ACTIONS)[number][],
    };
    if (draft.id) update.mutate({ ...body, id: draft.id, version: draft.version! }, done);
    else create.mutate(body, done);
  };

  return (
    <div className="grid gap-4 xl:grid-cols-5">
      <div className="space-y-2 xl:col-span-3">
        <div className="flex justify-end">
          <Button size="sm" onClick={() => setDraft({ ...EMPTY })}>
            <Plus aria-hidden /> New rule
          </Button>
        </div>
        <ul
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
          data-testid="rules"
        >
          {rules.map((r) => (
            <li key={r.id} className="flex items-start gap-3 px-3 py-2">
              <span className="w-10 pt-0.5 text-right font-mono text-xs text-slate-500 tabular-nums">
                {r.priority}
              </span>
              <div className="min-w-0 flex-1">
                <p className="text-[13px] font-medium text-slate-900">
                  {r.name} {!r.enabled && <Badge tone="neutral">Off</Badge>}
                </p>
                <p className="text-xs text-slate-600">When {summary(r.conditions)}</p>
                <p className="mt-0.5 flex flex-wrap gap-1">
                  {r.tools.map((t) => (
                    <Badge key={t} tone="blue">
                      {enumLabel(t)}
                    </Badge>
                  ))}
                </p>
              </div>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Edit ${r.name}`}
                onClick={() => setDraft({ ...r })}
              >
                Edit
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Delete ${r.name}`}
                disabled={remove.isPending}
                onClick={() =>
                  window.confirm(`Delete the rule "${r.name}"?`) && remove.mutate({ id: r.id }, done)
                }
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      </div>
      <div className="xl:col-span-2">
        {draft ? (
          <Card title={draft.id ? `Edit: ${draft.name}` : "New rule"}>
            <form onSubmit={submit} noValidate aria-label="Rule" className="space-y-3">
              <div className="grid grid-cols-3 gap-3">
                <Field label="Name" required error={errors.field("name")} className="col-span-2">
                  {(ids) => (
                    <Input
                      {...ids}
                      value={draft.name}
                      onChange={(e) => setDraft({ ...draft, name: e.target.value })}
                    />
                  )}
                </Field>
                <Field label="Priority" error={errors.field("priority")}>
                  {(ids) => (
                    <Input
                      {...ids}
                      inputMode="numeric"
                      value={String(draft.priority)}
                      onChange={(e) => setDraft({ ...draft, priority: e.target.value as unknown as number })}
                    />
                  )}
                </Field>
              </div>
              <label className="flex items-center gap-2 text-[13px]">
                <input
                  type="checkbox"
                  checked={draft.enabled}
                  onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })}
                />{" "}
                Enabled
              </label>
              <Checks
                legend="Segments"
                options={Object.values(Segment)}
                value={draft.conditions.segments ?? []}
                onChange={cond("segments")}
              />
              <Checks
                legend="KYC states"
                options={Object.values(KycStatus)}
                value={draft.conditions.kycStatuses ?? []}
                onChange={cond("kycStatuses")}
              />
              <Checks
                legend="Holds any of these products"
                options={products}
                value={draft.conditions.productsAny ?? []}
                onChange={cond("productsAny")}
              />
              <Checks
                legend="Trades any of these instruments"
                options={instruments}
                value={draft.conditions.instrumentsAny ?? []}
                onChange={cond("instrumentsAny")}
              />
              <Checks
                legend="Tools to open"
                options={COMM_CENTRE_TOOLS}
                value={draft.tools}
                onChange={(tools) => setDraft({ ...draft, tools })}
                error={errors.field("tools")}
              />
              <Checks
                legend="Actions to offer"
                options={COMM_CENTRE_ACTIONS}
                value={draft.actions}
                onChange={(actions) => setDraft({ ...draft, actions })}
                error={errors.field("actions")}
              />
              {errors.form && <p className="text-xs text-red-700">{errors.form}</p>}
              <div className="flex justify-end gap-2">
                <Button onClick={() => setDraft(null)}>Cancel</Button>
                <Button type="submit" variant="primary" disabled={create.isPending || update.isPending}>
                  Save rule
                </Button>
              </div>
            </form>
          </Card>
        ) : (
          <Card>
            <p className="text-sm text-slate-600">
              Choose a rule to edit, or add a new one. Conditions left empty match every customer.
            </p>
          </Card>
        )}
      </div>
    </div>
  );
}
