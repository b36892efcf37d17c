"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { Pencil } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { enumLabel } from "../../../_list/search-params.ts";

const ACCOUNT_TYPES = ["ORGANISATION", "INDIVIDUAL"] as const;
const SEGMENTS = ["RETAIL", "PRIVATE_BANKING", "SME", "CORPORATE", "INSTITUTIONAL"] as const;
const KYC = ["NOT_STARTED", "PENDING", "VERIFIED", "EXPIRED", "REJECTED"] as const;

type Editable = {
  partyGroupName: string;
  accountType: (typeof ACCOUNT_TYPES)[number];
  accountPin: string;
  fiscalRegistrationNo: string;
  commercialRegistration: string;
  location: string;
  locationComments: string;
  segment: (typeof SEGMENTS)[number];
  kycStatus: (typeof KYC)[number];
};

const LABELS: Record<keyof Editable, string> = {
  partyGroupName: "Party Group Name",
  accountType: "Account Type",
  accountPin: "Account PIN",
  fiscalRegistrationNo: "Fiscal Registration No",
  commercialRegistration: "Commercial Registration",
  location: "Location",
  locationComments: "Location Comments",
  segment: "Segment",
  kycStatus: "KYC",
};

/** Edit for an account. A stale save shows what someone else changed. */
export function AccountEditor({
  id,
  version,
  initial,
  identifiersMasked,
}: {
  id: string;
  version: number;
  initial: Editable;
  identifiersMasked: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.accounts.update.mutationOptions());
  const [mode, setMode] = useState<"view" | "edit">("view");
  const [v, setV] = useState(initial);
  const set = (key: keyof Editable) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const errors = serverErrors(update.error);
  const conflict =
    update.error instanceof TRPCClientError && update.error.data?.code === "CONFLICT"
      ? ((update.error.data as { details?: { current?: Record<string, unknown> } }).details?.current ?? null)
      : null;
  const changedByOthers = conflict
    ? (Object.keys(LABELS) as (keyof Editable)[]).filter(
        (k) => String(conflict[k] ?? "") !== String(initial[k] ?? ""),
      )
    : [];

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    // Masked identifiers were never shown whole, so they are not sent back over the real ones.
    const payload = identifiersMasked ? { ...v, accountPin: undefined, fiscalRegistrationNo: undefined } : v;
    update.mutate(
      { id, version, ...payload },
      {
        onSuccess: () => {
          setMode("view");
          router.refresh();
        },
      },
    );
  }

  if (mode === "view") {
    return (
      <Button size="sm" onClick={() => setMode("edit")}>
        <Pencil aria-hidden size={14} /> Edit
      </Button>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Edit account"
      className="fixed inset-x-0 top-12 z-40 mx-auto w-full max-w-3xl space-y-3 rounded-lg border border-slate-300 bg-white p-4 shadow-xl"
    >
      <h2 className="text-sm font-semibold text-slate-900">Edit account</h2>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <Field label="Party Group Name" required error={errors.field("partyGroupName")}>
          {(ids) => <Input {...ids} value={v.partyGroupName} onChange={set("partyGroupName")} />}
        </Field>
        <Field label="Account Type" required error={errors.field("accountType")}>
          {(ids) => (
            <Select {...ids} value={v.accountType} onChange={set("accountType")}>
              {ACCOUNT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {enumLabel(t)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Segment" error={errors.field("segment")}>
          {(ids) => (
            <Select {...ids} value={v.segment} onChange={set("segment")}>
              {SEGMENTS.map((t) => (
                <option key={t} value={t}>
                  {enumLabel(t)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Account PIN"
          hint={identifiersMasked ? "Masked outside the owning team" : undefined}
          error={errors.field("accountPin")}
        >
          {(ids) => (
            <Input {...ids} value={v.accountPin} disabled={identifiersMasked} onChange={set("accountPin")} />
          )}
        </Field>
        <Field label="Fiscal Registration No" error={errors.field("fiscalRegistrationNo")}>
          {(ids) => (
            <Input
              {...ids}
              value={v.fiscalRegistrationNo}
              disabled={identifiersMasked}
              onChange={set("fiscalRegistrationNo")}
            />
          )}
        </Field>
        <Field label="Commercial Registration" error={errors.field("commercialRegistration")}>
          {(ids) => (
            <Input {...ids} value={v.commercialRegistration} onChange={set("commercialRegistration")} />
          )}
        </Field>
        <Field label="Location" error={errors.field("location")}>
          {(ids) => <Input {...ids} value={v.location} onChange={set("location")} />}
        </Field>
        <Field label="Location Comments" error={errors.field("locationComments")}>
          {(ids) => <Input {...ids} value={v.locationComments} onChange={set("locationComments")} />}
        </Field>
        <Field label="KYC" error={errors.field("kycStatus")}>
          {(ids) => (
            <Select {...ids} value={v.kycStatus} onChange={set("kycStatus")}>
              {KYC.map((t) => (
                <option key={t} value={t}>
                  {enumLabel(t)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {conflict ? (
        <div
          data-testid="edit-conflict"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <p className="font-medium">{errors.form}</p>
          <ul className="mt-1 list-disc pl-5">
            {changedByOthers.map((k) => (
              <li key={k}>
                {LABELS[k]}: now “{String(conflict[k] ?? "—")}” (you started from “{String(initial[k] || "—")}
                ”)
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs">Close this form to load their version, then make your change again.</p>
        </div>
      ) : (
        errors.form && (
          <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {errors.form}
          </p>
        )
      )}
      <div className="flex justify-end gap-2">
        <Button
          variant="ghost"
          onClick={() => {
            setMode("view");
            setV(initial);
            update.reset();
            router.refresh();
          }}
        >
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={update.isPending}>
          Save
        </Button>
      </div>
    </form>
  );
}
