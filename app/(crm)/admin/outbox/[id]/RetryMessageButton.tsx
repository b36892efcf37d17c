"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { RotateCw } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button } from "@/app/_components/ui";

/** Puts a failed message back in the queue (messages.retry), then shows its new state. */
export function RetryMessageButton({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const retry = useMutation(trpc.messages.retry.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" disabled={retry.isPending} onClick={() => retry.mutate({ id })}>
        <RotateCw aria-hidden size={13} /> {retry.isPending ? "Retrying…" : "Retry"}
      </Button>
      {retry.error && <span className="text-xs text-red-700">{retry.error.message}</span>}
    </span>
  );
}
