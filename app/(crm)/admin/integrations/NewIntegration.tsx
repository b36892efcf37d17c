"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

type Kind = "PBX" | "TURRET" | "CHAT";
const EMPTY = { name: "", kind: "PBX" as Kind, url: "" };

/** A new integration; its one URL is where we call out: the originate endpoint, or a chat's reply endpoint. */
export function NewIntegration({ onIssued }: { onIssued: (secret: string) => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.telephony.createIntegration.mutationOptions());
  const [v, setV] = useState(EMPTY);
  const errors = serverErrors(create.error);
  const chat = v.kind === "CHAT";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name: v.name, kind: v.kind, ...(chat ? { replyUrl: v.url } : { originateUrl: v.url }) },
      {
        onSuccess: (r) => {
          onIssued(r.secret);
          setV(EMPTY);
          router.refresh();
        },
      },
    );
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="New integration"
      className="grid grid-cols-2 items-end gap-3 @3xl:grid-cols-[minmax(0,1fr)_10rem_minmax(0,1.5fr)_auto]"
    >
      <Field label="Name" required error={errors.field("name")}>
        {(ids) => <Input {...ids} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />}
      </Field>
      <Field label="Kind" error={errors.field("kind")}>
        {(ids) => (
          <Select {...ids} value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as Kind })}>
            <option value="PBX">Phone system (PBX)</option>
            <option value="TURRET">Trading turret</option>
            <option value="CHAT">Chat provider</option>
          </Select>
        )}
      </Field>
      {chat ? (
        <Field
          key="replyUrl"
          label="Reply endpoint"
          hint="Empty: agents' replies are kept but not sent"
          error={errors.field("replyUrl")}
        >
          {(ids) => (
            <Input
              {...ids}
              value={v.url}
              onChange={(e) => setV({ ...v, url: e.target.value })}
              placeholder="https://chat.example/replies"
            />
          )}
        </Field>
      ) : (
        <Field
          key="originateUrl"
          label="Originate URL"
          hint="Empty: a softphone-only line"
          error={errors.field("originateUrl")}
        >
          {(ids) => (
            <Input
              {...ids}
              value={v.url}
              onChange={(e) => setV({ ...v, url: e.target.value })}
              placeholder="https://pbx.example/originate"
            />
          )}
        </Field>
      )}
      <Button type="submit" variant="primary" disabled={create.isPending}>
        <Plus aria-hidden /> Add integration
      </Button>
      {errors.form && !errors.field("name") && (
        <p className="col-span-full text-xs text-red-700">{errors.form}</p>
      )}
    </form>
  );
}
