"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";
import type { SoftDeletable } from "@/server/records/soft-delete.ts";

export function RestoreButton({
  entityType,
  id,
  name,
}: {
  entityType: SoftDeletable;
  id: string;
  name: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const restore = useMutation(trpc.admin.restore.mutationOptions());
  return (
    <Button
      size="sm"
      aria-label={`Restore ${name}`}
      disabled={restore.isPending}
      onClick={() => restore.mutate({ entityType, id }, { onSuccess: () => router.refresh() })}
    >
      Restore
    </Button>
  );
}
