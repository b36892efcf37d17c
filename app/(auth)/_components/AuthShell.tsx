import type { ReactNode } from "react";

/**
 * The frame of the pages without a session (sign in, first-run setup, a password-reset link): the
 * logo over one card.
 */
export function AuthShell({
  title,
  intro,
  children,
  after,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** Below the card (the demo logins). */
  after?: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-2.5">
          <span
            aria-hidden
            className="grid size-8 place-items-center rounded-lg bg-blue-600 text-sm font-bold text-white shadow-sm"
          >
            D
          </span>
          <span className="text-lg font-semibold tracking-tight text-slate-900">Dealfloor</span>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold text-slate-900">{title}</h1>
          {intro && <div className="mt-0.5 mb-5 text-[13px] text-slate-600">{intro}</div>}
          {children}
        </div>
        {after}
      </div>
    </main>
  );
}
