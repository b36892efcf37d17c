import type { ReactNode } from "react";
import { LoaderCircle } from "lucide-react";
import { Button } from "@/app/_components/ui";

/** The message of a sign-in, setup or reset form that failed as a whole (not on one field). */
export function AuthFormError({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <p
      role="alert"
      data-testid={testId}
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-800"
    >
      {children}
    </p>
  );
}

/** The one full-width submit button of these forms; while pending it spins and says so. */
export function AuthSubmit({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <Button type="submit" variant="primary" className="mt-1 w-full" disabled={pending}>
      {pending && <LoaderCircle aria-hidden className="motion-safe:animate-spin" />}
      {pending ? pendingLabel : label}
    </Button>
  );
}
