"use client";

import { AlertTriangle } from "lucide-react";
import { Button } from "./Button.tsx";

export function ErrorState({ message, requestId, onRetry }: { message: string; requestId?: string; onRetry?: () => void }) {
  return (
    <div data-testid="error-state" className="flex flex-col items-center rounded-lg border border-red-200 bg-red-50 px-6 py-8 text-center">
      <AlertTriangle aria-hidden className="mb-2 text-red-600" size={26} />
      <p className="text-sm font-medium text-red-900">{message}</p>
      {requestId && <p className="mt-1 font-mono text-xs text-red-800">Reference: {requestId}</p>}
      {onRetry && (
        <Button className="mt-3" size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
