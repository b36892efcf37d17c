import Link from "next/link";
import { UserPlus, Users } from "lucide-react";
import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, Button, DataTable, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { enumLabel } from "../../_list/search-params.ts";

export const metadata = { title: "Users · Admin · Dealfloor" };

export default async function UsersPage() {
  await requireAdminPage();
  const users = await (await api()).admin.users();
  type Row = (typeof users)[number];
  const active = users.filter((u) => !u.disabledAt).length;
  return (
    <div className="space-y-4">
      <PageHeader
        title="Users"
        description={`${active} active, ${users.length - active} disabled. Disabling a user signs them out everywhere at once; their records stay.`}
        actions={
          <>
            <Button href="/admin/teams">
              <Users aria-hidden /> Teams
            </Button>
            <Button href="/admin/users/new" variant="primary">
              <UserPlus aria-hidden /> New user
            </Button>
          </>
        }
      />
      <DataTable<Row>
        caption="Users"
        rows={users}
        getRowKey={(u) => u.id}
        empty="No users yet."
        columns={[
          {
            key: "name",
            header: "Name",
            cell: (u) => (
              <Link href={`/admin/users/${u.id}`} className="font-medium text-blue-700 hover:underline">
                {u.name}
              </Link>
            ),
          },
          { key: "email", header: "E-mail", cell: (u) => u.email },
          {
            key: "role",
            header: "Role",
            cell: (u) => (
              <Badge tone={u.role === "ADMIN" ? "violet" : u.role === "MANAGER" ? "blue" : "neutral"}>
                {enumLabel(u.role)}
              </Badge>
            ),
          },
          {
            key: "teams",
            header: "Teams",
            cell: (u) =>
              u.memberships.map((m) => `${m.team.name}${m.isManager ? " (manager)" : ""}`).join(", ") || "—",
            // Two teams wrap rather than push the status off screen.
            className: "min-w-40 whitespace-normal!",
          },
          {
            key: "lines",
            header: "Direct line · ext.",
            cell: (u) => [u.directLine, u.extension].filter(Boolean).join(" · ") || "—",
          },
          {
            key: "status",
            header: "Status",
            cell: (u) =>
              u.disabledAt ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>,
          },
          {
            key: "last",
            header: "Last sign-in",
            cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Never"),
          },
        ]}
      />
    </div>
  );
}
