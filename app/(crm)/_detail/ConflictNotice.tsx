"use client";

import { TRPCClientError } from "@trpc/client";

/** The record as it is now, when a save made on a stale copy was refused (optimistic locking). */
export function conflictCurrent(error: unknown): Record<string, unknown> | null {
  if (!(error instanceof TRPCClientError) || error.data?.code !== "CONFLICT") return null;
  return (
    ((error.data as { details?: { current?: Record<string, unknown> } }).details?.current as Record<
      string,
      unknown
    >) ?? null
  );
}

/**
 * Shows which fields someone else changed since the form was opened: their value and the value
 * this edit started from. Nothing is overwritten; reloading takes their version.
 */
export function ConflictNotice({
  message,
  current,
  initial,
  labels,
  onReload,
}: {
  message: string | undefined;
  current: Record<string, unknown>;
  initial: Record<string, unknown>;
  labels: Record<string, string>;
  onReload: () => void;
}) {
  const shown = (v: unknown) =>
    v === null || v === undefined || v === ""
      ? "—"
      : typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)
        ? v.slice(0, 10)
        : String(v);
  const changed = Object.keys(labels).filter((k) => shown(current[k]) !== shown(initial[k]));
  return (
    <div
      data-testid="edit-conflict"
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">{message}</p>
      <ul className="mt-1 list-disc pl-5">
        {changed.map((k) => (
          <li key={k}>
            {labels[k]}: now “{shown(current[k])}” (you started from “{shown(initial[k])}”)
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onReload}
        className="mt-1 text-xs font-medium text-blue-700 hover:underline"
      >
        Load their version
      </button>
    </div>
  );
}
