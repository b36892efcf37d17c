import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { clientAddress } from "@/server/auth/client-address.ts";
import { describePasswordReset } from "@/server/auth/reset-password.ts";
import { TRPCReactProvider } from "@/app/_trpc/client.tsx";
import { ResetPasswordForm } from "./ResetPasswordForm.tsx";

export const dynamic = "force-dynamic";
// The token is in the address: no referrer may carry it anywhere, and no search engine keeps it.
export const metadata: Metadata = {
  title: "Set a new password · Dealfloor",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

function Shell({ title, children }: { title: string; children: React.ReactNode }) {
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
          {children}
        </div>
      </div>
    </main>
  );
}

/** The public page a one-time reset link opens: no session needed, the link is the credential. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ip = clientAddress(await headers());
  const link = await describePasswordReset(db, token, ip).catch((e: unknown) => {
    if (e instanceof AppError) return { refused: e.message };
    throw e;
  });
  if ("refused" in link)
    return (
      <Shell title="This link cannot be used">
        <p data-testid="reset-refused" className="mt-2 text-[13px] text-slate-700">
          {link.refused}
        </p>
        <Link href="/login" className="mt-4 inline-block text-[13px] text-blue-700 hover:underline">
          Go to sign-in
        </Link>
      </Shell>
    );
  return (
    <Shell title="Set a new password">
      <TRPCReactProvider>
        <ResetPasswordForm token={token} name={link.name} email={link.email} expiresAt={link.expiresAt} />
      </TRPCReactProvider>
    </Shell>
  );
}
