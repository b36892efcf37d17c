import { Download } from "lucide-react";
import { buttonClass } from "@/app/_components/ui";
import type { SearchParams } from "../../_list/search-params.ts";

/**
 * "Export CSV" for a list page's header: the list's own query string (less the page cursor, since
 * an export is every page) sent to the streamed export route, so the file is the view as filtered.
 */
export function ExportCsvLink({ entity, searchParams }: { entity: string; searchParams: SearchParams }) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(searchParams)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value && k !== "cursor") qs.set(k, value);
  }
  const query = qs.toString();
  return (
    <a
      href={`/api/export/${entity}${query ? `?${query}` : ""}`}
      download
      className={buttonClass("secondary", "sm")}
      data-testid="export-csv"
    >
      <Download aria-hidden size={14} /> Export CSV
    </a>
  );
}
