"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Card, Field, Input, Textarea } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { AgreementForm, type AgreementPrefill } from "../../accounts/[id]/_components/AgreementForm.tsx";

type Props = {
  agreement: {
    id: string;
    version: number;
    accountId: string;
    startDate: string;
    endDate: string;
    ended: boolean;
    renewed: boolean;
  };
  contracts: { id: string; contractNumber: string; title: string }[];
  renewal: AgreementPrefill;
  startRenewing: boolean;
};

function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

/**
 * What an admin does to an agreement: correct its dates, end it now, record a withdrawal with the
 * customer's reason, or renew it. Each saves at once and the page reloads with the new state; a
 * change someone else made first comes back as a message here, nothing is overwritten.
 */
export function AgreementActions({ agreement: a, contracts, renewal, startRenewing }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const done = { onSuccess: () => router.refresh() };
  const correct = useMutation(trpc.agreements.correctDates.mutationOptions(done));
  const end = useMutation(trpc.agreements.end.mutationOptions(done));
  const withdraw = useMutation(trpc.agreements.withdraw.mutationOptions(done));
  const [dates, setDates] = useState({ startDate: a.startDate, endDate: a.endDate });
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [reason, setReason] = useState("");
  const [renewing, setRenewing] = useState(startRenewing && !a.renewed);
  const correctErrors = serverErrors(correct.error);
  const withdrawErrors = serverErrors(withdraw.error);
  const endErrors = serverErrors(end.error);

  function onCorrect(e: FormEvent) {
    e.preventDefault();
    correct.mutate({
      id: a.id,
      version: a.version,
      startDate: dates.startDate,
      endDate: dates.endDate || null,
    });
  }
  function onWithdraw(e: FormEvent) {
    e.preventDefault();
    withdraw.mutate({ id: a.id, version: a.version, reason });
  }

  return (
    <div className="grid gap-4 @3xl:grid-cols-2">
      {!a.ended && (
        <Card title="Correct the dates">
          <form onSubmit={onCorrect} noValidate aria-label="Correct the dates" className="space-y-3">
            <div className="grid grid-cols-2 gap-3">
              <Field label="Start Date" required error={correctErrors.field("startDate")}>
                {(ids) => (
                  <Input
                    {...ids}
                    type="date"
                    value={dates.startDate}
                    onChange={(e) => setDates((d) => ({ ...d, startDate: e.target.value }))}
                  />
                )}
              </Field>
              <Field label="End Date" hint="Empty: open-ended" error={correctErrors.field("endDate")}>
                {(ids) => (
                  <Input
                    {...ids}
                    type="date"
                    value={dates.endDate}
                    onChange={(e) => setDates((d) => ({ ...d, endDate: e.target.value }))}
                  />
                )}
              </Field>
            </div>
            <FormError message={correctErrors.form} />
            <div className="flex justify-end">
              <Button type="submit" variant="primary" disabled={correct.isPending}>
                Save dates
              </Button>
            </div>
          </form>
        </Card>
      )}
      {!a.ended && (
        <Card title="End or withdraw">
          <div className="space-y-4">
            <div className="space-y-2">
              <p className="text-sm text-slate-700">
                Ending it now stops the consent today: marketing on this channel is refused from now on.
              </p>
              {confirmEnd ? (
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm font-medium text-slate-800">End this agreement now?</span>
                  <Button
                    variant="danger"
                    disabled={end.isPending}
                    onClick={() => end.mutate({ id: a.id, version: a.version })}
                  >
                    Yes, end it now
                  </Button>
                  <Button variant="ghost" onClick={() => setConfirmEnd(false)}>
                    Keep it
                  </Button>
                </div>
              ) : (
                <Button onClick={() => setConfirmEnd(true)}>End now</Button>
              )}
              <FormError message={endErrors.form} />
            </div>
            <form
              onSubmit={onWithdraw}
              noValidate
              aria-label="Withdraw consent"
              className="space-y-2 border-t border-slate-200 pt-4"
            >
              <Field
                label="Reason for withdrawal"
                required
                hint="What the customer said, and how (call, letter, e-mail)"
                error={withdrawErrors.field("reason")}
              >
                {(ids) => (
                  <Textarea {...ids} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
                )}
              </Field>
              <FormError message={withdrawErrors.form} />
              <div className="flex justify-end">
                <Button type="submit" variant="danger" disabled={withdraw.isPending}>
                  Withdraw consent
                </Button>
              </div>
            </form>
          </div>
        </Card>
      )}
      {!a.renewed && (
        <div className="@3xl:col-span-2">
          <Card title="Renew">
            <div className="space-y-3">
              {renewing ? (
                <AgreementForm
                  accountId={a.accountId}
                  contracts={contracts}
                  prefill={renewal}
                  renewedFromId={a.id}
                  onDone={() => setRenewing(false)}
                  onCreated={(id) => router.push(`/agreements/${id}`)}
                />
              ) : (
                <>
                  <p className="text-sm text-slate-700">
                    A renewal is a new agreement, prefilled from this one: same type and contract, starting
                    when this one ends.
                  </p>
                  <Button variant="primary" onClick={() => setRenewing(true)}>
                    Renew
                  </Button>
                </>
              )}
            </div>
          </Card>
        </div>
      )}
    </div>
  );
}
