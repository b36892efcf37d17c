import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { UserForm } from "../_components/UserForm.tsx";
import { teamOptions } from "../_components/team-options.ts";

export const metadata = { title: "New user · Admin · Dealfloor" };

export default async function NewUserPage() {
  await requireAdminPage();
  const teams = await (await api()).admin.teams();
  return (
    <div className="space-y-4">
      <PageHeader
        title="New user"
        description="They sign in with their e-mail and the initial password you set here; give it to them yourself, or create a reset link on their page once they exist."
      />
      <UserForm teams={teamOptions(teams)} />
    </div>
  );
}
