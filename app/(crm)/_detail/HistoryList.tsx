import { formatDateTime } from "@/app/_components/format";

type Entry = {
  id: string;
  action: string;
  at: Date;
  actor: { name: string } | null;
  before: unknown;
  after: unknown;
};

const IGNORED = new Set(["updatedAt", "version", "createdAt"]);

/** What changed in one audit entry: the fields whose value differs between before and after. */
function changes(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((k) => !IGNORED.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k}: ${JSON.stringify(b[k] ?? null)} → ${JSON.stringify(a[k] ?? null)}`);
}

export function HistoryList({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No changes recorded yet.</p>;
  return (
    <ol className="divide-y divide-slate-100 text-[13px]" aria-label="History">
      {entries.map((e) => (
        <li key={e.id} className="py-1.5">
          <span className="font-medium text-slate-900">{e.action}</span>{" "}
          <span className="text-slate-600">
            by {e.actor?.name ?? "System"} · {formatDateTime(e.at)}
          </span>
          {changes(e.before, e.after).map((c) => (
            <p key={c} className="font-mono text-xs text-slate-700">
              {c}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
