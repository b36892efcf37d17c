import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import type { ListView, ListViewDef } from "@/server/lists/list-view.ts";
import type { ListEntity } from "@/server/lists/saved-views.ts";
import { DataTable, EmptyState, KeysetPager, PageHeader, type Column } from "@/app/_components/ui";
import { pagerHrefs, type SearchParams } from "./search-params.ts";
import { visibleColumns } from "./view-columns.ts";
import { ViewToolbar } from "./ViewToolbar.tsx";
import { SavedViews } from "./SavedViews.tsx";

/**
 * Every list area's layout: header, the view form (owner, team, dates, sort, columns) with the
 * user's saved views, the list's own filter chips, the rows or an empty state, and keyset paging.
 */
export async function ListPage<Row>({
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
  view,
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
  /** The shared view controls; a list without them (a feed) just pages. */
  view?: { entity: ListEntity; def: ListViewDef; current: ListView };
}) {
  const trpc = await api();
  const [options, saved] = view
    ? await Promise.all([trpc.views.filterOptions(), trpc.views.saved({ entity: view.entity })])
    : [null, []];
  const shown = visibleColumns(columns, searchParams);
  return (
    <div className="space-y-3">
      <PageHeader title={title} description={description} actions={actions} />
      {view && options && (
        <ViewToolbar
          id={`view-${view.entity}`}
          pathname={pathname}
          searchParams={searchParams}
          def={view.def}
          view={view.current}
          options={options}
          columns={columns.map(({ key, header }) => ({ key, header }))}
        />
      )}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        {filters}
        {view && <SavedViews entity={view.entity} views={saved} />}
      </div>
      {page.items.length === 0 ? (
        <EmptyState
          icon={empty.icon}
          title={empty.title}
          description={empty.description ?? `No ${title.toLowerCase()} match this view.`}
        />
      ) : (
        <DataTable<Row>
          caption={title}
          rows={page.items}
          getRowKey={getRowKey}
          rowHref={rowHref}
          columns={shown}
        />
      )}
      <KeysetPager
        {...pagerHrefs(pathname, searchParams, page.nextCursor)}
        countLabel={`${page.items.length} shown`}
      />
    </div>
  );
}
