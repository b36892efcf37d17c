import type { ZodError } from "zod";

export type FieldErrors = { formErrors: string[]; fieldErrors: Record<string, string[]> };

/** Zod issues keyed by dotted path ("planning.name"), so nested form fields find their message. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = { formErrors: [], fieldErrors: {} };
  for (const issue of error.issues) {
    if (issue.path.length === 0) out.formErrors.push(issue.message);
    else (out.fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
  }
  return out;
}
