import type { ReactNode } from "react";

export type FieldItem = { label: string; value: ReactNode };

/** Seed fields under their seed labels, in a dense two- to four-column grid. */
export function FieldGrid({ fields }: { fields: FieldItem[] }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 lg:grid-cols-4">
      {fields.map((f) => (
        <div key={f.label} className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">{f.label}</dt>
          <dd className="mt-0.5 truncate text-sm text-slate-900">
            {f.value === null || f.value === undefined || f.value === "" ? "—" : f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
