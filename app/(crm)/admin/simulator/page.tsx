import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { param, type SearchParams } from "../../_list/search-params.ts";
import { Simulator } from "./Simulator.tsx";

export const metadata = { title: "Call simulator · Admin · Dealfloor" };

export default async function SimulatorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const scripts = await (await api()).simulator.scripts();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Call and chat simulator"
        description="Plays a scripted call or chat as real signed webhooks, so the whole workflow can be shown without a phone system. Sign in as the agent who owns the line in another browser to take it."
      />
      <Simulator scripts={scripts} runId={param(await searchParams, "run")} />
    </div>
  );
}
