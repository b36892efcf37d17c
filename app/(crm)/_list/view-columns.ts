import type { SearchParams } from "./search-params.ts";

/** The column keys the URL asks for (`cols`, repeated or comma-separated); empty means all. */
export function chosenColumnKeys(sp: SearchParams): string[] {
  const raw = sp.cols;
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return values.flatMap((v) => v.split(",")).filter(Boolean);
}

/** The columns to show: the chosen ones in the list's own order, or all when none are chosen. */
export function visibleColumns<C extends { key: string }>(columns: C[], sp: SearchParams): C[] {
  const chosen = new Set(chosenColumnKeys(sp));
  const shown = columns.filter((c) => chosen.has(c.key));
  return shown.length > 0 ? shown : columns;
}
