"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";

export function RestoreButton({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const restore = useMutation(trpc.accounts.restore.mutationOptions());
  return (
    <Button size="sm" aria-label={`Restore ${name}`} disabled={restore.isPending} onClick={() => restore.mutate({ id }, { onSuccess: () => router.refresh() })}>
      Restore
    </Button>
  );
}
