"use client";

import { useState } from "react";
import { FileText, Plus } from "lucide-react";
import { Badge, Button, DataTable, EmptyState } from "@/app/_components/ui";
import { enumLabel } from "../../_list/search-params.ts";
import { TemplateEditor } from "./TemplateEditor.tsx";

export type TemplateRow = {
  id: string;
  name: string;
  channel: string;
  isMarketing: boolean;
  cultures: string[];
  usedBy: number;
};

/** The template list and, beside it, the editor of the one chosen (or of a new one). */
export function TemplatesAdmin({ templates }: { templates: TemplateRow[] }) {
  // "new", a template id, or nothing open.
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-800">
          {templates.length} {templates.length === 1 ? "template" : "templates"}
        </h2>
        <Button size="sm" variant="primary" onClick={() => setOpen("new")}>
          <Plus aria-hidden /> New template
        </Button>
      </div>
      {templates.length === 0 ? (
        <EmptyState
          icon={FileText}
          title="No templates yet"
          description="Create one with a version for each culture your customers read."
        />
      ) : (
        <DataTable<TemplateRow>
          rows={templates}
          getRowKey={(t) => t.id}
          columns={[
            {
              key: "name",
              header: "Name",
              cell: (t) => (
                <button
                  type="button"
                  className="text-left text-blue-700 hover:underline"
                  onClick={() => setOpen(t.id)}
                >
                  {t.name}
                </button>
              ),
            },
            { key: "channel", header: "Channel", cell: (t) => enumLabel(t.channel) },
            {
              key: "marketing",
              header: "Marketing",
              cell: (t) => (t.isMarketing ? <Badge tone="violet">Marketing</Badge> : "—"),
            },
            {
              key: "cultures",
              header: "Cultures",
              cell: (t) => (
                <span className="flex flex-wrap gap-1">
                  {t.cultures.map((c) => (
                    <Badge key={c} tone="neutral">
                      {c}
                    </Badge>
                  ))}
                </span>
              ),
            },
            { key: "used", header: "Used by", cell: (t) => `${t.usedBy} interactions` },
          ]}
        />
      )}
      {open && <TemplateEditor key={open} id={open === "new" ? null : open} onClose={() => setOpen(null)} />}
    </div>
  );
}
