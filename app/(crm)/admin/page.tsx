import { notFound } from "next/navigation";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, DataTable, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { enumLabel, pagerHrefs, param, type SearchParams } from "../_list/search-params.ts";
import { KeysetPager } from "@/app/_components/ui";

export const metadata = { title: "Admin · Dealfloor" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Non-admins get the same page as for a route that does not exist.
  const viewer = await requireViewer();
  if (viewer.role !== "ADMIN") notFound();
  const sp = await searchParams;
  const trpc = await api();
  const [users, audit] = await Promise.all([trpc.admin.users(), trpc.admin.auditLog({ cursor: param(sp, "cursor"), limit: 25 })]);
  type UserRow = (typeof users)[number];
  type AuditRow = (typeof audit.items)[number];

  return (
    <div className="space-y-6">
      <PageHeader title="Admin" description="Users, roles and teams, and the audit trail of every change." />
      <section aria-labelledby="users-heading" className="space-y-2">
        <h2 id="users-heading" className="text-sm font-semibold text-slate-800">Users</h2>
        <DataTable<UserRow>
          rows={users}
          getRowKey={(u) => u.id}
          columns={[
            { key: "name", header: "Name", cell: (u) => u.name },
            { key: "email", header: "Email", cell: (u) => u.email },
            { key: "role", header: "Role", cell: (u) => <Badge tone={u.role === "ADMIN" ? "violet" : u.role === "MANAGER" ? "blue" : "neutral"}>{enumLabel(u.role)}</Badge> },
            { key: "teams", header: "Teams", cell: (u) => u.memberships.map((m) => `${m.team.name}${m.isManager ? " (manager)" : ""}`).join(", ") || "—" },
            { key: "status", header: "Status", cell: (u) => (u.disabledAt ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>) },
            { key: "last", header: "Last sign-in", cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Never") },
          ]}
        />
      </section>
      <section aria-labelledby="audit-heading" className="space-y-2">
        <h2 id="audit-heading" className="text-sm font-semibold text-slate-800">Audit log</h2>
        <DataTable<AuditRow>
          rows={audit.items}
          getRowKey={(a) => a.id}
          columns={[
            { key: "at", header: "When", cell: (a) => formatDateTime(a.at) },
            { key: "who", header: "Who", cell: (a) => a.actor?.name ?? "System" },
            { key: "action", header: "Action", cell: (a) => a.action },
            { key: "entity", header: "Record", cell: (a) => `${a.entityType}${a.entityId ? ` ${a.entityId.slice(0, 8)}…` : ""}` },
            { key: "ip", header: "Address", cell: (a) => a.ip ?? "—" },
          ]}
        />
        <KeysetPager {...pagerHrefs("/admin", sp, audit.nextCursor)} countLabel={`${audit.items.length} shown`} />
      </section>
    </div>
  );
}
