import Link from "next/link";
import { SlidersHorizontal } from "lucide-react";
import { Button, Input, Select } from "@/app/_components/ui";
import type { ListView, ListViewDef } from "@/server/lists/list-view.ts";
import { chosenColumnKeys } from "./view-columns.ts";
import type { SearchParams } from "./search-params.ts";

type Option = { id: string; name: string };
export type FilterOptions = { users: Option[]; teams: Option[]; campaigns: Option[] };

// The URL params this form owns; every other param (the filter chips above it) rides along hidden.
const OWNED = new Set(["owner", "team", "campaign", "from", "to", "sort", "dir", "cols", "cursor"]);

const label = "block text-[11px] font-medium text-slate-500";

/**
 * A list's view as a plain GET form: owner, team, campaign and a date window, the order, and the
 * columns. Submitting it is navigating, so the URL always carries the view and works without JS.
 */
export function ViewToolbar({
  id,
  pathname,
  searchParams,
  def,
  view,
  options,
  columns,
}: {
  id: string;
  pathname: string;
  searchParams: SearchParams;
  def: ListViewDef;
  view: ListView;
  options: FilterOptions;
  columns: { key: string; header: string }[];
}) {
  const kept = Object.entries(searchParams).flatMap(([k, v]) =>
    OWNED.has(k) ? [] : (Array.isArray(v) ? v : v ? [v] : []).map((value) => [k, value] as const),
  );
  const chosen = new Set(chosenColumnKeys(searchParams));
  const shownCount = chosen.size > 0 ? columns.filter((c) => chosen.has(c.key)).length : columns.length;
  const ctl = (name: string) => ({ id: `${id}-${name}`, name });
  return (
    <form
      method="get"
      action={pathname}
      aria-label="List view"
      className="flex flex-wrap items-end gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-xs"
    >
      {kept.map(([k, v]) => (
        <input key={`${k}=${v}`} type="hidden" name={k} value={v} />
      ))}
      <div className="w-40">
        <label htmlFor={`${id}-owner`} className={label}>
          Owner
        </label>
        <Select {...ctl("owner")} defaultValue={view.ownerId ?? ""}>
          <option value="">Anyone</option>
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-36">
        <label htmlFor={`${id}-team`} className={label}>
          Team
        </label>
        <Select {...ctl("team")} defaultValue={view.teamId ?? ""}>
          <option value="">All teams</option>
          {options.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </div>
      {def.campaign && (
        <div className="w-44">
          <label htmlFor={`${id}-campaign`} className={label}>
            Marketing Campaign
          </label>
          <Select {...ctl("campaign")} defaultValue={view.campaignId ?? ""}>
            <option value="">Any campaign</option>
            {options.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="w-34">
        <label htmlFor={`${id}-from`} className={label}>
          {def.dateLabel} from
        </label>
        <Input {...ctl("from")} type="date" defaultValue={view.from ?? ""} />
      </div>
      <div className="w-34">
        <label htmlFor={`${id}-to`} className={label}>
          {def.dateLabel} to
        </label>
        <Input {...ctl("to")} type="date" defaultValue={view.to ?? ""} />
      </div>
      <div className="w-36">
        <label htmlFor={`${id}-sort`} className={label}>
          Sort by
        </label>
        <Select {...ctl("sort")} defaultValue={view.sort ?? def.defaultSort}>
          {Object.entries(def.sorts).map(([key, s]) => (
            <option key={key} value={key}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-32">
        <label htmlFor={`${id}-dir`} className={label}>
          Order
        </label>
        <Select {...ctl("dir")} defaultValue={view.dir ?? ""}>
          <option value="">Default</option>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </Select>
      </div>
      <details className="relative">
        <summary className="flex h-8 cursor-pointer list-none items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-[13px] text-slate-700 hover:border-slate-400">
          <SlidersHorizontal aria-hidden size={14} /> Columns ({shownCount}/{columns.length})
        </summary>
        <fieldset className="absolute z-20 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
          <legend className="sr-only">Columns to show</legend>
          {columns.map((c) => (
            <label key={c.key} className="flex items-center gap-2 text-[13px] text-slate-700">
              <input
                type="checkbox"
                name="cols"
                value={c.key}
                defaultChecked={chosen.size === 0 || chosen.has(c.key)}
              />
              {c.header}
            </label>
          ))}
        </fieldset>
      </details>
      <Button type="submit" variant="primary">
        Apply
      </Button>
      <Link href={pathname} className="self-center text-xs text-slate-500 underline-offset-2 hover:underline">
        Reset
      </Link>
    </form>
  );
}
