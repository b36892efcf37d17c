/** A grey placeholder block; size it with className. Pulses only for users who allow motion. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden className={`rounded bg-slate-200/80 motion-safe:animate-pulse ${className}`} />;
}
