import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { TemplatesAdmin } from "./TemplatesAdmin.tsx";

export const metadata = { title: "Templates · Admin · Dealfloor" };

export default async function TemplatesPage() {
  await requireAdminPage();
  const { items } = await (await api()).templates.list({});
  return (
    <div className="space-y-4">
      <PageHeader
        title="Templates"
        description="Messages reps start from, with a version per culture. Placeholders are filled from the account, contact, opportunity and sender when a rep uses the template; an unknown one is refused when you save."
      />
      <TemplatesAdmin templates={items} />
    </div>
  );
}
