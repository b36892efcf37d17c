"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { fieldMessagesOf } from "@/server/trpc/field-errors.ts";

const CATEGORIES = [
  ["COMMIT", "Commit"],
  ["BEST_CASE", "Best case"],
  ["PIPELINE", "Weighted pipeline"],
] as const;
type Category = (typeof CATEGORIES)[number][0];

// Checked in the browser for a quick answer; the server checks the same rules again.
const ZForm = z.object({
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,16}(\.\d{1,2})?$/, "Enter an amount such as 250000 or 250000.50"),
  reason: z
    .string()
    .trim()
    .min(5, "Say why, in a few words")
    .max(500, "Keep the reason under 500 characters"),
});

/** A manager's adjustment of one figure, with the reason kept in the history. */
export function AdjustForecastForm({
  periodType,
  periodStart,
  teamId,
  userId,
  current,
}: {
  periodType: "MONTH" | "QUARTER";
  periodStart: string;
  teamId: string;
  userId?: string;
  current: Record<Category, string>;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const adjust = useMutation(trpc.forecasts.adjust.mutationOptions());
  const [category, setCategory] = useState<Category>("COMMIT");
  const [amount, setAmount] = useState(Number(current.COMMIT).toFixed(0));
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const server = serverErrors(adjust.error);
  const error = (k: "amount" | "reason") => local[k] ?? server.field(k);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const parsed = ZForm.safeParse({ amount, reason });
    if (!parsed.success) {
      setLocal(fieldMessagesOf(parsed.error, "reason"));
      return;
    }
    setLocal({});
    adjust.mutate(
      {
        periodType,
        periodStart,
        category,
        teamId,
        userId,
        amount: parsed.data.amount,
        reason: parsed.data.reason,
      },
      {
        onSuccess: () => {
          setReason("");
          setSaved(true);
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Adjust forecast" className="space-y-2">
      <div className="grid grid-cols-2 gap-2">
        <Field label="Figure">
          {(ids) => (
            <Select
              {...ids}
              value={category}
              onChange={(e) => {
                const c = e.target.value as Category;
                setCategory(c);
                setAmount(Number(current[c]).toFixed(0));
              }}
            >
              {CATEGORIES.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Adjusted amount (EUR)" required error={error("amount")}>
          {(ids) => (
            <Input {...ids} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          )}
        </Field>
      </div>
      <Field label="Reason" required error={error("reason")}>
        {(ids) => (
          <Textarea
            {...ids}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Why the figure differs from the pipeline"
            className="min-h-14"
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" size="sm" disabled={adjust.isPending}>
          {adjust.isPending ? "Saving…" : "Save adjustment"}
        </Button>
        {saved && (
          <span role="status" className="text-xs text-emerald-700">
            Adjustment saved.
          </span>
        )}
        {server.form && !server.field("amount") && !server.field("reason") && (
          <span className="text-xs text-red-700">{server.form}</span>
        )}
      </div>
    </form>
  );
}
