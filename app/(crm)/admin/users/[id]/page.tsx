import { notFound } from "next/navigation";
import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { ZRecordId } from "@/server/records/record-id.ts";
import { Badge, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { UserForm } from "../_components/UserForm.tsx";
import { UserAccess } from "../_components/UserAccess.tsx";
import { teamOptions } from "../_components/team-options.ts";

export const metadata = { title: "User · Admin · Dealfloor" };

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireAdminPage();
  const { id } = await params;
  if (!ZRecordId.safeParse(id).success) notFound();
  const trpc = await api();
  const [user, teams] = await Promise.all([trpc.admin.user({ id }).catch(() => null), trpc.admin.teams()]);
  if (!user) notFound();
  const created = (await searchParams).created === "1";
  const c = user._count;
  return (
    <div className="space-y-4">
      <PageHeader
        title={user.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {user.disabledAt ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>}
            <span>
              Added {formatDateTime(user.createdAt)} · last sign-in{" "}
              {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "never"} · owns {c.ownedAccounts}{" "}
              accounts, {c.ownedContacts} contacts, {c.ownedLeads} leads, {c.ownedOpportunities} opportunities
            </span>
          </span>
        }
      />
      {created && (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-[13px] text-green-900"
        >
          {user.name} can now sign in with their e-mail and the initial password you set.
        </p>
      )}
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[1fr_22rem]">
        <UserForm teams={teamOptions(teams)} user={user} />
        <UserAccess
          user={{ id: user.id, name: user.name, disabledAt: user.disabledAt }}
          isSelf={user.id === viewer.id}
          activeSessions={c.sessions}
        />
      </div>
    </div>
  );
}
