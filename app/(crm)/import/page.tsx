import Link from "next/link";
import { api } from "@/server/trpc/server-caller.ts";
import { Badge, Card, PageHeader } from "@/app/_components/ui";
import { formatDateTime } from "@/app/_components/format.ts";
import { ImportForm } from "./_components/ImportForm.tsx";

export const metadata = { title: "Import · Dealfloor" };

export default async function ImportPage() {
  const recent = await (await api()).imports.recent();
  return (
    <div className="space-y-3">
      <PageHeader
        title="Import CSV"
        description="Contacts, accounts or leads. Each import is all or nothing: every good row goes in together, or none does; bad rows are listed in a report you can download."
      />
      <ImportForm />
      {recent.length > 0 && (
        <Card>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">Your recent imports</h2>
          <ul className="divide-y divide-slate-100 text-sm">
            {recent.map((j) => (
              <li key={j.id} className="flex items-center justify-between gap-3 py-1.5">
                <Link href={`/import/${j.id}`} className="text-blue-700 hover:underline">
                  {j.fileName}
                </Link>
                <span className="text-xs text-slate-500">
                  {j.entity} · {j.importedRows.toLocaleString("en-GB")} imported ·{" "}
                  {formatDateTime(j.createdAt)}
                </span>
                <Badge tone={j.status === "COMPLETED" ? "green" : j.status === "FAILED" ? "red" : "blue"}>
                  {j.status.toLowerCase()}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
