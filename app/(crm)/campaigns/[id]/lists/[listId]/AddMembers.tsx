"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { RecordPicker, type Picked } from "../../../_components/RecordPicker.tsx";

/** Add one contact found by name, or every contact one of the user's saved contact views shows. */
export function AddMembers({ listId, views }: { listId: string; views: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [contact, setContact] = useState<Picked | null>(null);
  const [viewId, setViewId] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const addOne = useMutation(trpc.contactLists.addContact.mutationOptions());
  const addView = useMutation(trpc.contactLists.addSavedView.mutationOptions());
  const oneErrors = serverErrors(addOne.error);
  const viewErrors = serverErrors(addView.error);

  function submitOne(e: FormEvent) {
    e.preventDefault();
    setNote(null);
    addOne.mutate(
      { listId, contactId: contact?.id ?? "" },
      {
        onSuccess: (r) => {
          setNote(r.added ? `${contact?.title} added.` : `${contact?.title} is already on the list.`);
          setContact(null);
          router.refresh();
        },
      },
    );
  }
  function submitView(e: FormEvent) {
    e.preventDefault();
    setNote(null);
    addView.mutate(
      { listId, viewId },
      {
        onSuccess: (r) => {
          setNote(
            `${r.added} contact${r.added === 1 ? "" : "s"} added, ${r.alreadyIn} already on the list.` +
              (r.truncated ? " The view has more: only its first 5,000 were taken." : ""),
          );
          router.refresh();
        },
      },
    );
  }

  return (
    <div className="space-y-3">
      <div className="grid gap-4 2xl:grid-cols-2">
        <form onSubmit={submitOne} noValidate aria-label="Add a contact" className="flex items-end gap-2">
          <Field label="Add a contact" className="min-w-0 flex-1" error={oneErrors.field("contactId")}>
            {(ids) => <RecordPicker {...ids} type="contact" value={contact} onChange={setContact} />}
          </Field>
          <Button type="submit" size="md" variant="primary" disabled={!contact || addOne.isPending}>
            Add
          </Button>
        </form>
        <form onSubmit={submitView} noValidate aria-label="Add a saved view" className="flex items-end gap-2">
          <Field
            label="Add everything in a saved contact view"
            className="min-w-0 flex-1"
            error={viewErrors.field("viewId")}
          >
            {(ids) => (
              <Select {...ids} value={viewId} onChange={(e) => setViewId(e.target.value)}>
                <option value="">{views.length ? "Choose a view" : "No saved contact views yet"}</option>
                {views.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="submit" size="md" disabled={!viewId || addView.isPending}>
            {addView.isPending ? "Adding…" : "Add all"}
          </Button>
        </form>
      </div>
      {views.length === 0 && (
        <p className="text-xs text-slate-600">
          Filter the{" "}
          <Link href="/contacts" className="text-blue-700 underline">
            contacts
          </Link>{" "}
          list and save the view to add its contacts here.
        </p>
      )}
      {(oneErrors.form ?? viewErrors.form) && (
        <p role="alert" className="text-sm text-red-700">
          {oneErrors.form ?? viewErrors.form}
        </p>
      )}
      {note && (
        <p role="status" className="text-sm text-emerald-800">
          {note}
        </p>
      )}
    </div>
  );
}
