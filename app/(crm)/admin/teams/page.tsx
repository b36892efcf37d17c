import { UserCog } from "lucide-react";
import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { Button, PageHeader } from "@/app/_components/ui";
import { TeamsManager } from "./TeamsManager.tsx";

export const metadata = { title: "Teams · Admin · Dealfloor" };

export default async function TeamsPage() {
  await requireAdminPage();
  const teams = await (await api()).admin.teams();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Teams"
        description="A team's records are seen by its members and managers. An archived team keeps its records for their history but takes no new members or records; move its people out first."
        actions={
          <Button href="/admin/users">
            <UserCog aria-hidden /> Users
          </Button>
        }
      />
      <TeamsManager teams={teams} />
    </div>
  );
}
