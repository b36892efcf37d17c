import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { AccountForm } from "./AccountForm.tsx";

export const metadata = { title: "New account · Dealfloor" };

export default async function NewAccountPage() {
  const { teams } = await (await api()).views.filterOptions();
  return (
    <div className="space-y-3">
      <PageHeader
        title="New account"
        description="Party Group Name and Account Type are required. Email and phone are checked for duplicates."
      />
      <AccountForm teams={teams} />
    </div>
  );
}
