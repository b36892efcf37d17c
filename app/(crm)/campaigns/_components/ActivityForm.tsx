"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { RecordPicker, type Picked } from "./RecordPicker.tsx";

/**
 * A new Internal Campaign Activity. From a campaign the account is picked; from an account's
 * Sales tab the campaign is. Assigned User offers only the people the server lets this user assign.
 */
export function ActivityForm({
  campaignId,
  account,
  onDone,
}: {
  campaignId?: string;
  account?: Picked;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [picked, setPicked] = useState<Picked | null>(account ?? null);
  const [v, setV] = useState({
    campaignId: campaignId ?? "",
    name: "",
    activityType: "SALES",
    dueDate: "",
    assignedUserId: "",
    description: "",
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const campaigns = useQuery({ ...trpc.campaigns.openOptions.queryOptions(), enabled: !campaignId });
  const users = useQuery({
    ...trpc.campaigns.assignableUsers.queryOptions({ accountId: picked?.id ?? "" }),
    enabled: Boolean(picked),
  });
  const create = useMutation(trpc.campaigns.createActivity.mutationOptions());
  const errors = serverErrors(create.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      {
        ...v,
        accountId: picked?.id ?? "",
        activityType: v.activityType as "SALES" | "ADMINISTRATIVE",
      },
      {
        onSuccess: () => {
          router.refresh();
          onDone();
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="New internal campaign activity"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {!campaignId && (
          <Field label="Campaign" required error={errors.field("campaignId")}>
            {(ids) => (
              <Select {...ids} value={v.campaignId} onChange={set("campaignId")}>
                <option value="">{campaigns.isPending ? "Loading…" : "Choose a campaign"}</option>
                {campaigns.data?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        {!account && (
          <Field label="Account" required error={errors.field("accountId")}>
            {(ids) => (
              <RecordPicker
                {...ids}
                type="account"
                value={picked}
                onChange={(p) => {
                  setPicked(p);
                  setV((s) => ({ ...s, assignedUserId: "" }));
                }}
              />
            )}
          </Field>
        )}
        <Field label="Name" required error={errors.field("name")}>
          {(ids) => <Input {...ids} value={v.name} onChange={set("name")} placeholder="Credit Card Sale" />}
        </Field>
        <Field label="Activity Type" required error={errors.field("activityType")}>
          {(ids) => (
            <Select {...ids} value={v.activityType} onChange={set("activityType")}>
              <option value="SALES">Sales</option>
              <option value="ADMINISTRATIVE">Administrative</option>
            </Select>
          )}
        </Field>
        <Field label="Due Date" error={errors.field("dueDate")}>
          {(ids) => <Input {...ids} type="date" value={v.dueDate} onChange={set("dueDate")} />}
        </Field>
        <Field
          label="Assigned User"
          error={errors.field("assignedUserId")}
          hint={picked ? undefined : "Choose the account first"}
        >
          {(ids) => (
            <Select {...ids} value={v.assignedUserId} onChange={set("assignedUserId")} disabled={!picked}>
              <option value="">Unassigned</option>
              {users.data?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="Description" error={errors.field("description")}>
        {(ids) => <Textarea {...ids} rows={2} value={v.description} onChange={set("description")} />}
      </Field>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={create.isPending}>
          {create.isPending ? "Saving…" : "Create activity"}
        </Button>
        <Button type="button" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
