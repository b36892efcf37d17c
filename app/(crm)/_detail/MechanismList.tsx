import type { ReactNode } from "react";
import { Badge } from "@/app/_components/ui";
import { enumLabel } from "../_list/search-params.ts";
import { PhoneLink } from "./PhoneLink.tsx";

export type Mechanism = { id: string; type: string; value: string; e164: string | null; purpose: string | null; isPrimary: boolean };

/** One contact mechanism as a list row: type, value (a phone dials), purpose, primary; then any actions. */
export function MechanismRow({ m, children }: { m: Mechanism; children?: ReactNode }) {
  return (
    <li className="flex items-center gap-3 py-1.5">
      <span className="w-16 text-xs font-medium text-slate-500">{enumLabel(m.type)}</span>
      <span className="min-w-0 flex-1 truncate text-slate-900">{m.type === "PHONE" ? <PhoneLink number={m.e164 ?? m.value} display={m.value} /> : m.value}</span>
      {m.purpose && <span className="text-xs text-slate-500">{m.purpose}</span>}
      {m.isPrimary && <Badge tone="blue">Primary</Badge>}
      {children}
    </li>
  );
}

/** Contact mechanisms (ContactMechTypeID): phone, email, address, with the primary one marked. */
export function MechanismList({ mechanisms }: { mechanisms: Mechanism[] }) {
  if (mechanisms.length === 0) return <p className="text-sm text-slate-500">No contact mechanisms.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {mechanisms.map((m) => <MechanismRow key={m.id} m={m} />)}
    </ul>
  );
}
