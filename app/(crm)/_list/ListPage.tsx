import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";
import { DataTable, EmptyState, KeysetPager, PageHeader, type Column } from "@/app/_components/ui";
import { pagerHrefs, type SearchParams } from "./search-params.ts";

/** Every list area's layout: header, filters, the rows or an empty state, and keyset paging. */
export function ListPage<Row>({
  title,
  description,
  actions,
  filters,
  pathname,
  searchParams,
  page,
  empty,
  columns,
  getRowKey,
  rowHref,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  filters?: ReactNode;
  pathname: string;
  searchParams: SearchParams;
  page: { items: Row[]; nextCursor: string | null };
  empty: { icon: LucideIcon; title: string; description?: string };
  columns: Column<Row>[];
  getRowKey: (row: Row) => string;
  rowHref?: (row: Row) => string;
}) {
  return (
    <div className="space-y-3">
      <PageHeader title={title} description={description} actions={actions} />
      {filters && <div className="flex flex-wrap gap-x-6 gap-y-2">{filters}</div>}
      {page.items.length === 0 ? (
        <EmptyState icon={empty.icon} title={empty.title} description={empty.description ?? `No ${title.toLowerCase()} match this view.`} />
      ) : (
        <DataTable<Row> caption={title} rows={page.items} getRowKey={getRowKey} rowHref={rowHref} columns={columns} />
      )}
      <KeysetPager {...pagerHrefs(pathname, searchParams, page.nextCursor)} countLabel={`${page.items.length} shown`} />
    </div>
  );
}
