"use client";

import { RotateCw, TriangleAlert } from "lucide-react";
import { Button } from "./Button.tsx";

/**
 * A failure the user can act on: the message, the reference support needs (the request id or
 * Next's error digest, which matches the server log), and a retry. Client-side so error.tsx can
 * pass its `reset`.
 */
export function ErrorState({
  title = "Something went wrong",
  message,
  requestId,
  onRetry,
}: {
  title?: string;
  message: string;
  requestId?: string;
  onRetry?: () => void;
}) {
  return (
    <div
      data-testid="error-state"
      className="flex flex-col items-center rounded-lg border border-red-200 bg-white px-6 py-10 text-center shadow-xs"
    >
      <span className="mb-2 grid size-10 place-items-center rounded-full bg-red-50 text-red-600">
        <TriangleAlert aria-hidden size={20} />
      </span>
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      <p className="mt-0.5 max-w-md text-[13px] text-slate-700">{message}</p>
      {requestId && (
        <p className="mt-2 text-xs text-slate-500">
          Reference:{" "}
          <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-700 select-all">
            {requestId}
          </code>
        </p>
      )}
      {onRetry && (
        <Button className="mt-4" size="sm" onClick={onRetry}>
          <RotateCw aria-hidden /> Try again
        </Button>
      )}
    </div>
  );
}
