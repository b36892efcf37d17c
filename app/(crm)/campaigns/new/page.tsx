import { Megaphone } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { isManagerOrAdmin } from "@/server/access/viewer.ts";
import { EmptyState, PageHeader } from "@/app/_components/ui";
import { CampaignForm } from "../_components/CampaignForm.tsx";

export const metadata = { title: "New campaign · Dealfloor" };

export default async function NewCampaignPage() {
  const viewer = await requireViewer();
  if (!isManagerOrAdmin(viewer)) {
    return (
      <EmptyState
        icon={Megaphone}
        title="Campaigns are created by managers"
        description="Ask your manager to set up the campaign; you will see it here once it exists."
      />
    );
  }
  const { teams } = await (await api()).views.filterOptions();
  return (
    <div className="space-y-3">
      <PageHeader
        title="New campaign"
        description="Name, Channel and Start Date are required. A budget needs its currency."
      />
      <CampaignForm teams={teams} />
    </div>
  );
}
