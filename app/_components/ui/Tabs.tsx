"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type Tab = { id: string; label: string; content: ReactNode };

/**
 * WAI-ARIA tabs with automatic activation: ←/→ move between tabs, Home/End jump to the ends.
 * Hidden panels stay mounted, so a half-filled form on one tab survives a look at another.
 */
export function Tabs({
  tabs,
  initial,
  label,
  onChange,
}: {
  tabs: Tab[];
  initial?: string;
  label: string;
  onChange?: (id: string) => void;
}) {
  const [active, setActive] = useState(initial ?? tabs[0]?.id);
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (id: string) => {
    setActive(id);
    onChange?.(id);
  };
  const onKey = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(tabs[next]!.id);
    refs.current[next]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-4 overflow-x-auto border-b border-slate-200">
        {tabs.map((t, i) => {
          const selected = active === t.id;
          return (
            <button
              key={t.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              role="tab"
              type="button"
              id={`${base}-${t.id}-tab`}
              aria-selected={selected}
              aria-controls={`${base}-${t.id}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => select(t.id)}
              onKeyDown={(e) => onKey(e, i)}
              className={`-mb-px h-9 shrink-0 border-b-2 px-0.5 text-[13px] font-medium whitespace-nowrap focus-visible:outline-offset-0 ${selected ? "border-blue-600 text-slate-900" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${base}-${t.id}-panel`}
          aria-labelledby={`${base}-${t.id}-tab`}
          hidden={active !== t.id}
          className="pt-3"
        >
          {t.content}
        </div>
      ))}
    </div>
  );
}
