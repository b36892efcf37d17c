import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/ui";
import { ZImportJobRequestSchema } from "@/server/import/import-request.ts";
import { ImportProgress } from "../_components/ImportProgress.tsx";

export const metadata = { title: "Import · Dealfloor" };

export default async function ImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const parsed = ZImportJobRequestSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return (
    <div className="space-y-3">
      <PageHeader
        title="Import"
        description="This page follows the import as it runs; you can reload it or come back later."
      />
      <ImportProgress jobId={parsed.data.jobId} />
    </div>
  );
}
