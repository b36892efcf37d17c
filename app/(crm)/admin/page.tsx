import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, DataTable, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format";
import { enumLabel, pagerHrefs, param, type SearchParams } from "../_list/search-params.ts";
import { KeysetPager } from "@/app/_components/ui";
import { RestoreButton } from "./_components/RestoreButton.tsx";
import { FilterChips } from "../_list/FilterChips.tsx";
import Link from "next/link";

export const metadata = { title: "Admin · Dealfloor" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const sp = await searchParams;
  const trpc = await api();
  const [users, audit, deleted] = await Promise.all([
    trpc.admin.users(),
    trpc.admin.auditLog({
      cursor: param(sp, "cursor"),
      limit: 25,
      entityType: param(sp, "entityType"),
      action: param(sp, "action"),
    }),
    trpc.admin.deleted(),
  ]);
  type UserRow = (typeof users)[number];
  type AuditRow = (typeof audit.items)[number];

  return (
    <div className="space-y-6">
      <PageHeader title="Admin" description="Users, roles and teams, and the audit trail of every change." />
      <nav aria-label="Admin areas" className="flex flex-wrap gap-2">
        {[
          ["/admin/users", "Users"],
          ["/admin/teams", "Teams"],
          ["/admin/comm-rules", "Communication-centre rules"],
          ["/admin/templates", "Templates"],
          ["/admin/integrations", "Telephony and chat integrations"],
          ["/admin/simulator", "Call simulator"],
          ["/admin/outbox", "Outbox"],
          ["/admin/triage", "Inbox triage"],
        ].map(([href, label]) => (
          <Link
            key={href}
            href={href!}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-[13px] font-medium text-slate-800 hover:bg-slate-50"
          >
            {label}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="users-heading" className="space-y-2">
        <div className="flex items-center justify-between gap-3">
          <h2 id="users-heading" className="text-sm font-semibold text-slate-800">
            Users
          </h2>
          <Link href="/admin/users" className="text-[13px] text-blue-700 hover:underline">
            Manage users and teams
          </Link>
        </div>
        <DataTable<UserRow>
          rows={users}
          getRowKey={(u) => u.id}
          columns={[
            {
              key: "name",
              header: "Name",
              cell: (u) => (
                <Link href={`/admin/users/${u.id}`} className="text-blue-700 hover:underline">
                  {u.name}
                </Link>
              ),
            },
            { key: "email", header: "Email", cell: (u) => u.email },
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
                u.memberships.map((m) => `${m.team.name}${m.isManager ? " (manager)" : ""}`).join(", ") ||
                "—",
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
      </section>
      <section aria-labelledby="deleted-heading" className="space-y-2">
        <h2 id="deleted-heading" className="text-sm font-semibold text-slate-800">
          Deleted records
        </h2>
        {deleted.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing deleted.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-[13px]">
            {deleted.map((d) => (
              <li key={d.id} className="flex items-center justify-between gap-3 px-3 py-1.5">
                <span>
                  <Badge tone="neutral">{d.entityType}</Badge>{" "}
                  <span className="font-medium text-slate-800">{d.name}</span>
                </span>
                <span className="flex items-center gap-3 text-slate-600">
                  {d.team} · deleted {formatDateTime(d.deletedAt)}
                  <RestoreButton entityType={d.entityType} id={d.id} name={d.name} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="audit-heading" className="space-y-2">
        <h2 id="audit-heading" className="text-sm font-semibold text-slate-800">
          Audit log
        </h2>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <FilterChips
            pathname="/admin"
            searchParams={sp}
            name="action"
            label="Action"
            options={[undefined, "create", "update", "delete", "restore", "disable", "sign-in"].map((a) => ({
              value: a,
              label: a ?? "All",
            }))}
          />
          <FilterChips
            pathname="/admin"
            searchParams={sp}
            name="entityType"
            label="Record"
            options={[undefined, "Account", "Interaction", "Agreement", "User", "Team", "Session"].map(
              (e) => ({
                value: e,
                label: e ?? "All",
              }),
            )}
          />
        </div>
        <DataTable<AuditRow>
          rows={audit.items}
          getRowKey={(a) => a.id}
          columns={[
            { key: "at", header: "When", cell: (a) => formatDateTime(a.at) },
            { key: "who", header: "Who", cell: (a) => a.actor?.name ?? "System" },
            { key: "action", header: "Action", cell: (a) => a.action },
            {
              key: "entity",
              header: "Record",
              cell: (a) =>
                a.entityType === "Account" && a.entityId ? (
                  <Link className="text-blue-700 hover:underline" href={`/accounts/${a.entityId}`}>
                    Account {a.entityId.slice(0, 8)}…
                  </Link>
                ) : (
                  `${a.entityType}${a.entityId ? ` ${a.entityId.slice(0, 8)}…` : ""}`
                ),
            },
            { key: "ip", header: "Address", cell: (a) => a.ip ?? "—" },
          ]}
        />
        <KeysetPager
          {...pagerHrefs("/admin", sp, audit.nextCursor)}
          countLabel={`${audit.items.length} shown`}
        />
      </section>
    </div>
  );
}
