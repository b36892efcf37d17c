"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

/** A new, empty contact list under this campaign; it opens at once so contacts can be added. */
export function NewContactList({ campaignId }: { campaignId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const create = useMutation(trpc.contactLists.create.mutationOptions());
  const errors = serverErrors(create.error);
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { campaignId, name },
      { onSuccess: (list) => router.push(`/campaigns/${campaignId}/lists/${list.id}`) },
    );
  }
  if (!open)
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        New contact list
      </Button>
    );
  return (
    <form onSubmit={submit} noValidate aria-label="New contact list" className="mt-3 space-y-2">
      <Field label="Name" required error={errors.field("name")}>
        {(ids) => <Input {...ids} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      {errors.form && (
        <p role="alert" className="text-xs text-red-700">
          {errors.form}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="primary" disabled={create.isPending}>
          Create list
        </Button>
        <Button type="button" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
