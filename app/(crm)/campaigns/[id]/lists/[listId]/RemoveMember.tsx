"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";

export function RemoveMember({
  listId,
  contactId,
  name,
}: {
  listId: string;
  contactId: string;
  name: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.contactLists.removeContact.mutationOptions());
  const error = serverErrors(remove.error).form;
  return (
    <span className="inline-flex items-center gap-2">
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
      <Button
        size="sm"
        aria-label={`Remove ${name} from the list`}
        disabled={remove.isPending}
        onClick={() => remove.mutate({ listId, contactId }, { onSuccess: () => router.refresh() })}
      >
        Remove
      </Button>
    </span>
  );
}
