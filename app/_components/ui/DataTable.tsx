import Link from "next/link";
import type { ReactNode } from "react";

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  align?: "left" | "right";
  className?: string;
};

/** A dense, server-rendered table. With rowHref, the first cell links to the record. */
export function DataTable<Row>({
  columns,
  rows,
  getRowKey,
  rowHref,
  caption,
}: {
  columns: Column<Row>[];
  rows: Row[];
  getRowKey: (row: Row) => string;
  rowHref?: (row: Row) => string;
  caption?: string;
}) {
  return (
    // Focusable so keyboard users can scroll a wide table sideways.
    <div tabIndex={0} role="region" aria-label={caption ?? "Table"} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-[13px]">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="sticky top-0 z-10 bg-slate-50">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`border-b border-slate-200 px-3 py-2 text-[11px] font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase ${c.align === "right" ? "text-right" : ""}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={getRowKey(row)} className="border-b border-slate-100 last:border-b-0 hover:bg-blue-50/40">
              {columns.map((c, i) => (
                <td
                  key={c.key}
                  className={`h-8 px-3 py-1 whitespace-nowrap text-slate-800 ${c.align === "right" ? "text-right tabular-nums" : ""} ${c.className ?? ""}`}
                >
                  {i === 0 && rowHref ? (
                    <Link href={rowHref(row)} className="font-medium text-blue-700 hover:underline">
                      {c.cell(row)}
                    </Link>
                  ) : (
                    c.cell(row)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
