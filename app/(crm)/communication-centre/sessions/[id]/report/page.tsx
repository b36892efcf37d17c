import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { orNotFound } from "../../../../_detail/or-not-found.ts";
import { CallReport } from "./CallReport.tsx";

export const metadata = { title: "Call report · Dealfloor" };

export default async function CallReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const prefill = await orNotFound((await api()).callReport.prefill({ sessionId: id }));
  const isCall = prefill.statistics.channel === "CALL";
  return (
    <div className="space-y-3">
      <PageHeader
        title={`${isCall ? "Call" : "Chat"} report: ${prefill.customer.name}`}
        description="Prefilled from the conversation. Check the summary and the result, then save it to the customer's timeline."
      />
      <CallReport prefill={JSON.parse(JSON.stringify(prefill))} />
    </div>
  );
}
