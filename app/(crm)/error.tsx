"use client";

import { ErrorState } from "@/app/_components/ui";

export default function CrmError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState message="This page could not be loaded." requestId={error.digest} onRetry={reset} />;
}
