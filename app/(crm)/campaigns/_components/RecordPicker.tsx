"use client";

import { useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Input } from "@/app/_components/ui";
import type { FieldControlProps } from "@/app/_components/ui";

export type Picked = { id: string; title: string };

/**
 * Finds an account or contact by name, phone or e-mail with the global search (so the same
 * access rules apply), and picks one. A listbox under the input; Enter or click picks.
 */
export function RecordPicker({
  type,
  value,
  onChange,
  placeholder,
  ...ids
}: FieldControlProps & {
  type: "account" | "contact";
  value: Picked | null;
  onChange: (picked: Picked | null) => void;
  placeholder?: string;
}) {
  const trpc = useTRPC();
  const listId = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const pick = (p: Picked) => {
    setQ("");
    setOpen(false);
    onChange(p);
  };
  const typed = q.trim();
  const hits = useQuery({
    ...trpc.search.global.queryOptions({ q: typed || "-", types: [type], limit: 8 }),
    enabled: typed.length >= 2 && !value,
  });
  const options = hits.data?.groups[type] ?? [];
  if (value)
    return (
      <div className="flex h-8 items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-2.5 text-sm">
        <span className="truncate text-slate-900">{value.title}</span>
        <button
          type="button"
          className="shrink-0 text-xs text-blue-700 hover:underline"
          onClick={() => onChange(null)}
        >
          Change
        </button>
      </div>
    );
  return (
    <div className="relative">
      <Input
        {...ids}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        autoComplete="off"
        value={q}
        placeholder={placeholder ?? "Type a name, phone or e-mail"}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && options[0]) {
            e.preventDefault();
            pick({ id: options[0].id, title: options[0].title });
          }
        }}
      />
      {open && typed.length >= 2 && (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-56 w-full overflow-y-auto rounded-md border border-slate-200 bg-white text-sm shadow-lg"
        >
          {hits.isPending ? (
            <li className="px-2.5 py-1.5 text-slate-500">Searching…</li>
          ) : options.length === 0 ? (
            <li className="px-2.5 py-1.5 text-slate-600">No match you can see.</li>
          ) : (
            options.map((o) => (
              <li
                key={o.id}
                role="option"
                aria-selected={false}
                className="cursor-pointer px-2.5 py-1.5 hover:bg-blue-50"
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick({ id: o.id, title: o.title });
                }}
              >
                <span className="block truncate text-slate-900">{o.title}</span>
                <span className="block truncate text-xs text-slate-600">{o.subtitle}</span>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
