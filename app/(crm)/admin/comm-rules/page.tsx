import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { api } from "@/server/trpc/server-caller.ts";
import { PageHeader } from "@/app/_components/ui";
import { PRODUCTS_BY_SEGMENT, INSTRUMENTS_BY_SEGMENT } from "@/server/instruments/banking-products.ts";
import { RulesEditor } from "./RulesEditor.tsx";

export const metadata = { title: "Communication-centre rules · Admin · Dealfloor" };

const unique = (lists: Record<string, readonly string[]>) => [...new Set(Object.values(lists).flat())].sort();

export default async function CommRulesPage() {
  await requireAdminPage();
  const rules = await (await api()).commTools.rules();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Communication-centre rules"
        description="Which tools open and which actions are offered when a customer calls or chats. Rules are tried by priority, lowest first; the first whose every condition holds decides."
      />
      <RulesEditor
        rules={JSON.parse(JSON.stringify(rules))}
        products={unique(PRODUCTS_BY_SEGMENT)}
        instruments={unique(INSTRUMENTS_BY_SEGMENT)}
      />
    </div>
  );
}
