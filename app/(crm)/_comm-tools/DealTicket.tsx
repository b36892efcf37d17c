"use client";

import { useDeferredValue, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Badge, Button, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { formatMoney } from "@/app/_components/format.ts";
import { typedAmount } from "@/app/_components/typed-amount.ts";

const STATUS: Record<string, { label: string; tone: "green" | "amber" | "red" | "neutral" }> = {
  BOOKED: { label: "Booked", tone: "green" },
  PENDING_APPROVAL: { label: "Pending approval", tone: "amber" },
  REJECTED: { label: "Rejected", tone: "red" },
  CANCELED: { label: "Canceled", tone: "neutral" },
};

const EMPTY = { instrument: "", side: "BUY", notional: "", price: "", currency: "EUR" };

/**
 * The deal ticket: instrument, side, notional, price and currency, with the credit impact shown
 * before the deal is registered. Deals registered during a call are linked to it.
 */
export function DealTicket({
  accountId,
  sessionId,
  instruments = [],
}: {
  accountId: string;
  sessionId?: string;
  instruments?: string[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [v, setV] = useState(EMPTY);
  const notional = useDeferredValue(Number(typedAmount(v.notional)) || 0);
  const preview = useQuery({
    ...trpc.deals.preview.queryOptions({ accountId, notional, currency: v.currency }),
    enabled: notional > 0,
  });
  const deals = useQuery(
    sessionId
      ? trpc.deals.forSession.queryOptions({ sessionId })
      : trpc.deals.forAccount.queryOptions({ accountId, limit: 5 }),
  );
  const register = useMutation(trpc.deals.register.mutationOptions());
  const errors = serverErrors(register.error);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate(
      {
        accountId,
        sessionId,
        instrument: v.instrument,
        side: v.side as "BUY",
        notional: typedAmount(v.notional) as unknown as number,
        price: typedAmount(v.price) as unknown as number,
        currency: v.currency,
      },
      {
        onSuccess: () => {
          setV(EMPTY);
          void queryClient.invalidateQueries({ queryKey: trpc.deals.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.commTools.pathKey() });
        },
      },
    );
  };
  const after = preview.data?.after;
  const eur = (n: number) => formatMoney(n, preview.data?.currency);

  return (
    <div className="space-y-3">
      <form onSubmit={submit} noValidate aria-label="Deal ticket" className="grid grid-cols-2 gap-2">
        <Field label="Instrument" required error={errors.field("instrument")} className="col-span-2">
          {(ids) => (
            <>
              <Input
                {...ids}
                list={`instruments-${accountId}`}
                value={v.instrument}
                onChange={set("instrument")}
                placeholder="EUR/USD, Bund 2034…"
              />
              <datalist id={`instruments-${accountId}`}>
                {instruments.map((i) => (
                  <option key={i} value={i} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Side" error={errors.field("side")}>
          {(ids) => (
            <Select {...ids} value={v.side} onChange={set("side")}>
              <option value="BUY">Buy</option>
              <option value="SELL">Sell</option>
            </Select>
          )}
        </Field>
        <Field label="Currency" error={errors.field("currency")}>
          {(ids) => (
            <Input
              {...ids}
              value={v.currency}
              onChange={set("currency")}
              maxLength={3}
              className="uppercase"
            />
          )}
        </Field>
        <Field label="Notional" required error={errors.field("notional")}>
          {(ids) => (
            <Input
              {...ids}
              inputMode="decimal"
              value={v.notional}
              onChange={set("notional")}
              placeholder="5000000"
            />
          )}
        </Field>
        <Field label="Price" required error={errors.field("price")}>
          {(ids) => (
            <Input
              {...ids}
              inputMode="decimal"
              value={v.price}
              onChange={set("price")}
              placeholder="1.0852"
            />
          )}
        </Field>
        {after && (
          <p
            data-testid="deal-credit-impact"
            className={`col-span-2 rounded-md px-2 py-1.5 text-xs ${after.breach ? "bg-amber-50 text-amber-900 ring-1 ring-amber-200" : "bg-slate-50 text-slate-700"}`}
          >
            {after.breach
              ? `Exceeds the credit headroom by ${eur(-after.headroom)}: it will need a manager's approval.`
              : `Headroom after this deal: ${eur(after.headroom)} of ${eur(after.limit)}.`}
          </p>
        )}
        {errors.form && !Object.keys(register.error?.data?.zodError?.fieldErrors ?? {}).length && (
          <p className="col-span-2 text-xs text-red-700">{errors.form}</p>
        )}
        <div className="col-span-2 flex justify-end">
          <Button type="submit" variant="primary" disabled={register.isPending}>
            Register deal
          </Button>
        </div>
      </form>
      <div>
        <h4 className="mb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
          {sessionId ? "Deals on this call" : "Recent deals"}
        </h4>
        {deals.data && deals.data.length === 0 && <p className="text-xs text-slate-500">None yet.</p>}
        <ul className="divide-y divide-slate-100 text-xs" data-testid="deal-list">
          {deals.data?.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-2 py-1">
              <span className="text-slate-800">
                {d.side === "BUY" ? "Buy" : "Sell"} {d.instrument}{" "}
                {Number(d.notional).toLocaleString("en-GB")} {d.currency} @ {Number(d.price)}
              </span>
              <Badge tone={STATUS[d.status]?.tone ?? "neutral"}>{STATUS[d.status]?.label ?? d.status}</Badge>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
