"use client";

import { useEffect, useId, useMemo, useState, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { ListPlus, Search } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { MATCH_LABEL, SEARCH_GROUPS } from "./search-groups.ts";

// The top bar's search box as a combobox: results grouped by type as you type; ↑/↓ move through
// them, Enter opens the highlighted one (or the full results page), Escape closes the list.
// After the results come actions (Ctrl-K, ↑ or ↓, Enter): "New task" takes what was typed as its title.

const ACTIONS = [
  {
    id: "new-task",
    label: "New task",
    hint: "call back, follow up or alert",
    href: (text: string) =>
      text ? `/tasks/new?title=${encodeURIComponent(text.slice(0, 200))}` : "/tasks/new",
  },
] as const;
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
  const typed = text.trim();
  const hits = useMemo(
    () => (result.data && typed ? SEARCH_GROUPS.flatMap((g) => result.data.groups[g.type]) : []),
    [result.data, typed],
  );
  // Results first, then the actions: one list for the arrow keys.
  const options = [...hits.map((h) => h.href), ...ACTIONS.map((a) => a.href(typed))];
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
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === "Enter" && open && active >= 0 && options[active]) {
      e.preventDefault();
      go(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };

  // An empty box shows the actions alone; typed text waits for its first results.
  const showList = open && (typed.length === 0 || q.length > 0);
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
        // Only while the list is there: an id that names nothing is an invalid ARIA value.
        aria-controls={showList ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
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
          {typed && result.isError && (
            <p className="px-3 py-2 text-sm text-red-700">{result.error.message}</p>
          )}
          {typed && result.data && hits.length === 0 && (
            <p className="px-3 py-2 text-sm text-slate-600">No matches for “{result.data.q}”.</p>
          )}
          {typed &&
            result.data &&
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
          <div role="group" aria-label="Actions" className="border-t border-slate-100 first:border-t-0">
            <p className="px-3 pt-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
              Actions
            </p>
            {ACTIONS.map((action, n) => {
              const i = hits.length + n;
              return (
                <div
                  key={action.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  data-testid={`action-${action.id}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => go(action.href(typed))}
                  onMouseEnter={() => setActive(i)}
                  className={`flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm ${i === active ? "bg-blue-50" : ""}`}
                >
                  <ListPlus aria-hidden size={15} className="text-slate-500" />
                  <span className="font-medium text-slate-900">{action.label}</span>
                  <span className="min-w-0 truncate text-xs text-slate-500">
                    {typed ? `“${typed}”` : action.hint}
                  </span>
                </div>
              );
            })}
          </div>
          {typed && result.data && (
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
