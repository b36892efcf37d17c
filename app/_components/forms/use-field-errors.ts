"use client";

import { TRPCClientError } from "@trpc/client";

type ErrorData = { zodError?: { fieldErrors: Record<string, string[]>; formErrors: string[] } | null; details?: Record<string, unknown> };

/** The server's message for each field (dotted path) and for the form as a whole. */
export function serverErrors(error: unknown): { field: (path: string) => string | undefined; form: string | undefined } {
  if (!(error instanceof TRPCClientError)) return { field: () => undefined, form: error ? "Something went wrong." : undefined };
  const data = (error.data ?? {}) as ErrorData;
  const fieldErrors = data.zodError?.fieldErrors ?? {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return {
    field: (path) => fieldErrors[path]?.[0],
    form: hasFieldErrors ? (data.zodError?.formErrors[0] ?? "Please correct the highlighted fields.") : error.message,
  };
}
