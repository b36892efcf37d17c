"use client";

import { useEffect, useId, useMemo, useState, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { MATCH_LABEL, SEARCH_GROUPS } from "./search-groups.ts";

// The top bar's search box as a combobox: results grouped by type as you type; ↑/↓ move through
// them, Enter opens the highlighted one (or the full results page), Escape closes the list.
export function GlobalSearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 150); // one query per pause, not per key
    return () => clearTimeout(timer);
  }, [text]);

  const result = useQuery({
    ...trpc.search.global.queryOptions({ q, limit: 5 }),
    enabled: q.length > 0,
    placeholderData: (prev) => prev,
  });
  const hits = useMemo(
    () => (result.data ? SEARCH_GROUPS.flatMap((g) => result.data.groups[g.type]) : []),
    [result.data],
  );
  // New results start with nothing highlighted (reset during render, React's pattern for derived state).
  const [resultsShown, setResultsShown] = useState(result.data);
  if (resultsShown !== result.data) {
    setResultsShown(result.data);
    setActive(-1);
  }

  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
    } else if (e.key === "Enter" && open && active >= 0 && hits[active]) {
      e.preventDefault();
      go(hits[active].href);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };

  const showList = open && q.length > 0 && text.trim().length > 0;
  let index = -1;
  return (
    <form
      action="/search"
      method="get"
      role="search"
      className="relative max-w-xl flex-1"
      onSubmit={() => setOpen(false)}
    >
      <Search
        aria-hidden
        size={15}
        className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-400"
      />
      <input
        ref={inputRef}
        name="q"
        type="search"
        role="combobox"
        aria-label="Search"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        placeholder="Search accounts, contacts, leads, opportunities… (Ctrl K)"
        className="h-8 w-full rounded-md border border-slate-300 bg-slate-50 pr-3 pl-8 text-sm placeholder:text-slate-500 focus:border-blue-600 focus:bg-white focus:outline-none focus:ring-2 focus:ring-blue-600/20"
      />
      {showList && (
        <div
          id={listId}
          role="listbox"
          aria-label="Search results"
          data-testid="search-popover"
          className="absolute top-9 right-0 left-0 z-50 max-h-[70vh] overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {result.isError && <p className="px-3 py-2 text-sm text-red-700">{result.error.message}</p>}
          {result.data && hits.length === 0 && (
            <p className="px-3 py-2 text-sm text-slate-600">No matches for “{result.data.q}”.</p>
          )}
          {result.data &&
            SEARCH_GROUPS.filter((g) => result.data.groups[g.type].length > 0).map((g) => (
              <div key={g.type} role="group" aria-label={g.label}>
                <p className="px-3 pt-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
                  {g.label}
                </p>
                {result.data.groups[g.type].map((hit) => {
                  index += 1;
                  const i = index;
                  return (
                    <div
                      key={hit.id}
                      id={`${listId}-${i}`}
                      role="option"
                      aria-selected={i === active}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => go(hit.href)}
                      onMouseEnter={() => setActive(i)}
                      className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-sm ${i === active ? "bg-blue-50" : ""}`}
                    >
                      <span className="min-w-0 truncate">
                        <span className="font-medium text-slate-900">{hit.title}</span>
                        {hit.subtitle && <span className="ml-2 text-xs text-slate-500">{hit.subtitle}</span>}
                      </span>
                      {hit.matchedOn !== "name" && (
                        <span className="shrink-0 text-[11px] text-slate-500">
                          by {MATCH_LABEL[hit.matchedOn]}
                        </span>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          {result.data && (
            <a
              href={`/search?q=${encodeURIComponent(q)}`}
              className="mt-1 block border-t border-slate-100 px-3 py-1.5 text-xs text-blue-700 hover:underline"
            >
              All results for “{q}” (Enter)
            </a>
          )}
        </div>
      )}
    </form>
  );
}
