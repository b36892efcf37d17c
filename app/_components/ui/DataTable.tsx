import Link from "next/link";
import type { ReactNode } from "react";

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** "right" for amounts and counts: right aligned with tabular figures so digits line up. */
  align?: "left" | "right";
  className?: string;
};

/**
 * A dense, server-rendered table: 32px rows, a header that stays put while the rows scroll,
 * zebra rows. With rowHref, the first cell links to the record.
 */
export function DataTable<Row>({
  columns,
  rows,
  getRowKey,
  rowHref,
  caption,
  empty = "Nothing to show.",
}: {
  columns: Column<Row>[];
  rows: Row[];
  getRowKey: (row: Row) => string;
  rowHref?: (row: Row) => string;
  caption?: string;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
}) {
  return (
    // The wrapper scrolls both ways, so it (not <main>) is what the sticky header sticks to; the
    // height cap keeps the header and the pager below the table on screen. Focusable so keyboard
    // users can scroll a wide table sideways.
    <div
      tabIndex={0}
      role="region"
      aria-label={caption ?? "Table"}
      className="max-h-[calc(100dvh-13rem)] min-h-0 overflow-auto rounded-lg border border-slate-200 bg-white shadow-xs"
    >
      <table className="w-full border-separate border-spacing-0 text-left text-[13px]">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`sticky top-0 z-10 h-8 border-b border-slate-200 bg-slate-50 px-3 text-xs font-medium whitespace-nowrap text-slate-600 ${c.align === "right" ? "text-right" : ""}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="h-16 px-3 text-center text-slate-500">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={getRowKey(row)} className="group even:bg-slate-50/60 hover:bg-blue-50/50">
              {columns.map((c, i) => (
                <td
                  key={c.key}
                  className={`h-8 border-b border-slate-100 px-3 py-1 whitespace-nowrap text-slate-800 group-last:border-b-0 ${c.align === "right" ? "text-right tabular-nums" : ""} ${c.className ?? ""}`}
                >
                  {i === 0 && rowHref ? (
                    <Link
                      href={rowHref(row)}
                      className="font-medium text-blue-700 hover:text-blue-800 hover:underline"
                    >
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
