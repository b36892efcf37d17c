"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/app/_components/ui";
import type { Prefill } from "./CallReportForm.tsx";

// The form restores a draft from this browser's storage, so it renders in the browser only.
const CallReportForm = dynamic(() => import("./CallReportForm.tsx").then((m) => m.CallReportForm), {
  ssr: false,
  loading: () => <Skeleton className="h-96" />,
});

export function CallReport({ prefill }: { prefill: Prefill }) {
  return <CallReportForm prefill={prefill} />;
}
