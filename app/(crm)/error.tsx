"use client";

import { useEffect } from "react";
import { ErrorState } from "@/app/_components/ui";

export default function CrmError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    // Leaves the stack in the browser console for whoever reproduces it; the digest ties it to the server log.
    console.error(error);
  }, [error]);
  return (
    <ErrorState
      title="This page could not be loaded"
      message="Try again. If it keeps failing, send the reference below to support."
      requestId={error.digest}
      onRetry={reset}
    />
  );
}
