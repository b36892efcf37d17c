import { viewFromParams, type ListView, type ListViewDef } from "@/server/lists/list-view.ts";

// Pages read their view from the URL so a link reproduces it. Unknown values are ignored rather
// than turned into errors: a stale bookmark should still open the list.
export type SearchParams = Record<string, string | string[] | undefined>;

export function param(sp: SearchParams, key: string): string | undefined {
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v || undefined;
}

export function enumParam<T extends string>(
  sp: SearchParams,
  key: string,
  values: Record<string, T>,
): T | undefined {
  const v = param(sp, key);
  return v && (Object.values(values) as string[]).includes(v) ? (v as T) : undefined;
}

/** The list's URL with some params replaced (undefined removes one). */
export function hrefWith(
  pathname: string,
  sp: SearchParams,
  changes: Record<string, string | undefined>,
): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    for (const value of Array.isArray(v) ? v : [v]) if (value) next.append(k, value);
  }
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) next.delete(k);
    else next.set(k, v);
  }
  const qs = next.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Links for the pager: next page keeps the filters; "first page" drops the cursor. */
export function pagerHrefs(pathname: string, sp: SearchParams, nextCursor: string | null) {
  return {
    nextHref: nextCursor ? hrefWith(pathname, sp, { cursor: nextCursor }) : undefined,
    firstHref: param(sp, "cursor") ? hrefWith(pathname, sp, { cursor: undefined }) : undefined,
  };
}

/** Human label for an enum value: CLOSED_WON → Closed won. */
export function enumLabel(value: string): string {
  const s = value.toLowerCase().replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A list's shared view (owner, team, campaign, dates, sort) as its URL holds it. */
export function viewOf(def: ListViewDef, sp: SearchParams): ListView {
  return viewFromParams(def, (key) => param(sp, key));
}
