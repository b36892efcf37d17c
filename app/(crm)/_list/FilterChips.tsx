import Link from "next/link";
import { hrefWith, type SearchParams } from "./search-params.ts";

type Option = { value: string | undefined; label: string };

/** A row of filter links for one URL param; the current choice is marked for assistive tech too. */
export function FilterChips({
  pathname,
  searchParams,
  name,
  label,
  options,
}: {
  pathname: string;
  searchParams: SearchParams;
  name: string;
  label: string;
  options: Option[];
}) {
  const current = searchParams[name];
  const active = Array.isArray(current) ? current[0] : current;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 text-xs">
      <span className="mr-1 font-medium text-slate-500">{label}</span>
      {options.map((o) => {
        const selected = (o.value ?? "") === (active ?? "");
        return (
          <Link
            key={o.label}
            href={hrefWith(pathname, searchParams, { [name]: o.value, cursor: undefined })}
            aria-current={selected ? "true" : undefined}
            className={
              selected
                ? "rounded-full border border-blue-600 bg-blue-50 px-2.5 py-0.5 font-medium text-blue-700"
                : "rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-slate-600 hover:border-slate-300 hover:bg-slate-50"
            }
          >
            {o.label}
          </Link>
        );
      })}
    </nav>
  );
}

/** "All" plus one option per enum value. */
export function enumOptions(values: Record<string, string>, label: (v: string) => string): Option[] {
  return [
    { value: undefined, label: "All" },
    ...Object.values(values).map((v) => ({ value: v, label: label(v) })),
  ];
}
