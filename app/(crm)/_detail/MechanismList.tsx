import type { ReactNode } from "react";
import { Badge } from "@/app/_components/ui";
import { enumLabel } from "../_list/search-params.ts";
import { PhoneLink } from "./PhoneLink.tsx";

export type Mechanism = {
  id: string;
  type: string;
  value: string;
  e164: string | null;
  purpose: string | null;
  isPrimary: boolean;
};

/** One contact mechanism: type, purpose and primary over the value (a phone dials); then any actions. */
export function MechanismRow({ m, children }: { m: Mechanism; children?: ReactNode }) {
  return (
    <li className="flex items-start gap-2 py-1.5">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
          <span className="font-medium">{enumLabel(m.type)}</span>
          {m.purpose && <span>{m.purpose}</span>}
          {m.isPrimary && <Badge tone="blue">Primary</Badge>}
        </div>
        <div className="break-words text-slate-900">
          {m.type === "PHONE" ? <PhoneLink number={m.e164 ?? m.value} display={m.value} /> : m.value}
        </div>
      </div>
      {children && <span className="flex shrink-0 items-center">{children}</span>}
    </li>
  );
}

/** Contact mechanisms (ContactMechTypeID): phone, email, address, with the primary one marked. */
export function MechanismList({ mechanisms }: { mechanisms: Mechanism[] }) {
  if (mechanisms.length === 0) return <p className="text-sm text-slate-500">No contact mechanisms.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {mechanisms.map((m) => (
        <MechanismRow key={m.id} m={m} />
      ))}
    </ul>
  );
}
