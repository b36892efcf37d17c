"use client";

import { PLACEHOLDERS, placeholderToken } from "@/server/templates/placeholders.ts";

const GROUPS = [...new Set(PLACEHOLDERS.map((p) => p.group))];

/** Inserts a placeholder from the catalogue at the cursor of the last focused subject or body. */
export function PlaceholderPicker({ onPick }: { onPick: (token: string) => void }) {
  return (
    <label className="flex items-center gap-2 text-xs font-medium whitespace-nowrap text-slate-700">
      Insert placeholder
      <select
        aria-label="Insert placeholder"
        value=""
        // Picking with the mouse would blur the field: the editor remembers the last one focused.
        onChange={(e) => e.target.value && onPick(placeholderToken(e.target.value))}
        className="h-8 w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 text-[13px] text-slate-900"
      >
        <option value="">Choose…</option>
        {GROUPS.map((g) => (
          <optgroup key={g} label={g}>
            {PLACEHOLDERS.filter((p) => p.group === g).map((p) => (
              <option key={p.key} value={p.key}>
                {p.label} — {placeholderToken(p.key)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
