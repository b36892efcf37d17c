import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { IntegrationsManager } from "./IntegrationsManager.tsx";

export const metadata = { title: "Integrations · Admin · Dealfloor" };

export default async function IntegrationsPage() {
  await requireAdminPage();
  const integrations = await (await api()).telephony.integrations();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Telephony and chat integrations"
        description="Phone systems, trading turrets and chat providers that post signed webhooks to /api/telephony/webhooks/<id> (see docs/telephony-api.md)."
      />
      <IntegrationsManager integrations={integrations} />
    </div>
  );
}
