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

/** One message per field (its first), as AppError details carry them; form-level ones under `formKey`. */
export function fieldMessagesOf(error: ZodError, formKey: string): Record<string, string> {
  const { formErrors, fieldErrors } = fieldErrorsOf(error);
  const out: Record<string, string> = {};
  if (formErrors[0]) out[formKey] = formErrors[0];
  for (const [field, messages] of Object.entries(fieldErrors)) out[field] = messages[0]!;
  return out;
}
