"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

type Duplicate = { id: string; name: string; matchedOn: "email" | "phone"; value: string };

export function ContactForm({ accountId }: { accountId?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.contacts.create.mutationOptions());
  const [v, setV] = useState({
    foreName: "",
    middleInitial: "",
    surname: "",
    jobTitle: "",
    email: "",
    phone: "",
  });
  const [checked, setChecked] = useState({ email: "", phone: "" });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  // Warn as soon as the rep leaves the email or phone field, not only on save.
  const dupes = useQuery({
    ...trpc.contacts.duplicates.queryOptions({
      email: checked.email || undefined,
      phone: checked.phone || undefined,
    }),
    enabled: Boolean(checked.email || checked.phone),
  });
  const errors = serverErrors(create.error);
  const conflict =
    create.error instanceof TRPCClientError && create.error.data?.code === "CONFLICT"
      ? ((create.error.data as { details?: { duplicates?: Duplicate[] } }).details?.duplicates ?? [])
      : [];
  const duplicates: Duplicate[] = conflict.length ? conflict : (dupes.data ?? []);

  function save(allowDuplicate: boolean) {
    create.mutate(
      { ...v, accountId, allowDuplicate },
      { onSuccess: (c) => router.push(`/contacts/${c.id}`) },
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save(false);
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New contact"
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3">
        <Field label="ForeName" required error={errors.field("foreName")}>
          {(ids) => <Input {...ids} value={v.foreName} onChange={set("foreName")} autoComplete="off" />}
        </Field>
        <Field label="Surname" required error={errors.field("surname")}>
          {(ids) => <Input {...ids} value={v.surname} onChange={set("surname")} autoComplete="off" />}
        </Field>
        <Field label="MiddleInitial" error={errors.field("middleInitial")}>
          {(ids) => <Input {...ids} maxLength={1} value={v.middleInitial} onChange={set("middleInitial")} />}
        </Field>
        <Field label="Job title" error={errors.field("jobTitle")}>
          {(ids) => <Input {...ids} value={v.jobTitle} onChange={set("jobTitle")} />}
        </Field>
        <Field label="Email" error={errors.field("email")}>
          {(ids) => (
            <Input
              {...ids}
              type="email"
              value={v.email}
              onChange={set("email")}
              onBlur={() => setChecked((c) => ({ ...c, email: v.email }))}
            />
          )}
        </Field>
        <Field label="Phone" hint="Any format; stored as E.164 too" error={errors.field("phone")}>
          {(ids) => (
            <Input
              {...ids}
              type="tel"
              value={v.phone}
              onChange={set("phone")}
              onBlur={() => setChecked((c) => ({ ...c, phone: v.phone }))}
            />
          )}
        </Field>
      </div>
      {duplicates.length > 0 && (
        <div
          data-testid="duplicate-warning"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <p className="font-medium">
            A contact with this {duplicates[0]!.matchedOn} already exists. Open it instead?
          </p>
          <ul className="mt-1 space-y-0.5">
            {duplicates.map((d) => (
              <li key={`${d.id}-${d.matchedOn}`}>
                <Link href={`/contacts/${d.id}`} className="font-medium text-blue-700 hover:underline">
                  Open {d.name}
                </Link>{" "}
                <span className="text-xs">
                  ({d.matchedOn} {d.value})
                </span>
              </li>
            ))}
          </ul>
          {conflict.length > 0 && (
            <Button size="sm" variant="secondary" className="mt-2" onClick={() => save(true)}>
              Create anyway
            </Button>
          )}
        </div>
      )}
      {errors.form && conflict.length === 0 && (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button href="/contacts" variant="ghost">
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Create contact
        </Button>
      </div>
    </form>
  );
}
