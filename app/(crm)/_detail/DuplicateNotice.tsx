"use client";

import Link from "next/link";
import { TRPCClientError } from "@trpc/client";
import { Button } from "@/app/_components/ui";

export type Duplicate = {
  kind: "lead" | "contact" | "account";
  id: string;
  name: string;
  matchedOn: "email" | "phone";
  value: string;
};

export function conflictDuplicates(error: unknown): Duplicate[] {
  if (!(error instanceof TRPCClientError) || error.data?.code !== "CONFLICT") return [];
  return (error.data as { details?: { duplicates?: Duplicate[] } }).details?.duplicates ?? [];
}

/** The duplicate warning: open the existing record instead, or (after a refused save) save anyway. */
export function DuplicateNotice({
  duplicates,
  onSaveAnyway,
}: {
  duplicates: Duplicate[];
  onSaveAnyway?: () => void;
}) {
  if (duplicates.length === 0) return null;
  return (
    <div
      data-testid="duplicate-warning"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">
        A record with this {duplicates[0]!.matchedOn} already exists. Open the existing record instead?
      </p>
      <ul className="mt-1 space-y-0.5">
        {duplicates.map((d) => (
          <li key={`${d.kind}-${d.id}`}>
            <Link href={`/${d.kind}s/${d.id}`} className="font-medium text-blue-700 hover:underline">
              Open {d.kind} {d.name}
            </Link>{" "}
            <span className="text-xs">
              ({d.matchedOn} {d.value})
            </span>
          </li>
        ))}
      </ul>
      {onSaveAnyway && (
        <Button size="sm" variant="secondary" className="mt-2" onClick={onSaveAnyway}>
          Save anyway
        </Button>
      )}
    </div>
  );
}
