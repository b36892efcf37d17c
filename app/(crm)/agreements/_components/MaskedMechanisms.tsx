import { Badge } from "@/app/_components/ui";
import { enumLabel } from "../../_list/search-params.ts";

/**
 * Contact mechanisms of a person without Data Collection consent, as someone outside the owning
 * team sees them: what kinds exist, never the values, and nothing to dial or edit.
 */
export function MaskedMechanisms({
  mechanisms,
}: {
  mechanisms: { id: string; type: string; purpose: string | null; isPrimary: boolean }[];
}) {
  if (mechanisms.length === 0) return <p className="text-sm text-slate-500">No contact mechanisms.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="masked-mechanisms">
      {mechanisms.map((m) => (
        <li key={m.id} className="py-1.5">
          <div className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
            <span className="font-medium">{enumLabel(m.type)}</span>
            {m.purpose && <span>{m.purpose}</span>}
            {m.isPrimary && <Badge tone="blue">Primary</Badge>}
          </div>
          <div className="text-slate-600">
            <span aria-hidden>•••</span>
            <span className="sr-only">Masked: no Data Collection consent</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
