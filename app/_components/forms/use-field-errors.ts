"use client";

import { TRPCClientError } from "@trpc/client";

type ErrorData = {
  zodError?: { fieldErrors: Record<string, string[]>; formErrors: string[] } | null;
  details?: Record<string, unknown>;
};

/** The server's message for each field (dotted path) and for the form as a whole. */
export function serverErrors(error: unknown): {
  field: (path: string) => string | undefined;
  form: string | undefined;
} {
  if (!(error instanceof TRPCClientError))
    return { field: () => undefined, form: error ? "Something went wrong." : undefined };
  const data = (error.data ?? {}) as ErrorData;
  const fieldErrors = data.zodError?.fieldErrors ?? {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  // A service's own refusal about one field (a taken Contract Number) names it in details.field.
  const detailField = typeof data.details?.field === "string" ? data.details.field : undefined;
  return {
    field: (path) => fieldErrors[path]?.[0] ?? (detailField === path ? error.message : undefined),
    form: hasFieldErrors
      ? (data.zodError?.formErrors[0] ?? "Please correct the highlighted fields.")
      : detailField
        ? undefined
        : error.message,
  };
}
