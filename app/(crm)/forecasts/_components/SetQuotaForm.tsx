"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

const ZAmount = z
  .string()
  .trim()
  .regex(/^\d{1,16}(\.\d{1,2})?$/, "Enter an amount such as 250000");

/** Managers set their people's quotas; admins anyone's. The change lands in the audit log. */
export function SetQuotaForm({
  userId,
  periodType,
  periodStart,
  periodLabel,
  current,
}: {
  userId: string;
  periodType: "MONTH" | "QUARTER";
  periodStart: string;
  periodLabel: string;
  current: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const setQuota = useMutation(trpc.forecasts.setQuota.mutationOptions());
  const [amount, setAmount] = useState(current ? Number(current).toFixed(0) : "");
  const [local, setLocal] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const server = serverErrors(setQuota.error);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const parsed = ZAmount.safeParse(amount);
    if (!parsed.success) return setLocal(parsed.error.issues[0]?.message);
    setLocal(undefined);
    setQuota.mutate(
      { userId, periodType, periodStart, amount: parsed.data, currency: "EUR" },
      {
        onSuccess: () => {
          setSaved(true);
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Set quota" className="space-y-2">
      <Field
        label={`Quota for ${periodLabel} (EUR)`}
        required
        error={local ?? server.field("amount") ?? (server.field("amount") ? undefined : server.form)}
      >
        {(ids) => (
          <Input {...ids} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={setQuota.isPending}>
          {setQuota.isPending ? "Saving…" : "Set quota"}
        </Button>
        {saved && (
          <span role="status" className="text-xs text-emerald-700">
            Quota saved.
          </span>
        )}
      </div>
    </form>
  );
}
