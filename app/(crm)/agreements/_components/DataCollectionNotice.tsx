import { ShieldAlert } from "lucide-react";

type State = { required: boolean; consented?: boolean; reason?: string };

/**
 * Says, on an individual's page, that they have not consented to data collection and why, and
 * what follows from it: contact details masked outside the owning team, and left out of exports.
 */
export function DataCollectionNotice({ state, masked }: { state: State; masked: boolean }) {
  if (!state.required || state.consented) return null;
  return (
    <section
      aria-label="Data Collection consent"
      data-testid="data-collection-notice"
      className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <ShieldAlert aria-hidden size={18} className="mt-0.5 shrink-0 text-amber-700" />
      <div className="min-w-0 space-y-1">
        <p className="font-semibold">No active Data Collection agreement</p>
        <p>{state.reason}</p>
        <p className="text-xs text-amber-900">
          Until there is one, this person&apos;s contact mechanisms are masked outside the owning team
          {masked ? " (so they are masked for you)" : ""}, and exports leave them out.
        </p>
      </div>
    </section>
  );
}
