import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { clientAddress } from "@/server/auth/client-address.ts";
import { describePasswordReset } from "@/server/auth/reset-password.ts";
import { TRPCReactProvider } from "@/app/_trpc/client.tsx";
import { AuthShell } from "../../_components/AuthShell.tsx";
import { ResetPasswordForm } from "./ResetPasswordForm.tsx";

export const dynamic = "force-dynamic";
// The token is in the address: no referrer may carry it anywhere, and no search engine keeps it.
export const metadata: Metadata = {
  title: "Set a new password · Dealfloor",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

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
      <AuthShell title="This link cannot be used">
        <p data-testid="reset-refused" className="mt-2 text-[13px] text-slate-700">
          {link.refused}
        </p>
        <Link href="/login" className="mt-4 inline-block text-[13px] text-blue-700 hover:underline">
          Go to sign-in
        </Link>
      </AuthShell>
    );
  return (
    <AuthShell title="Set a new password">
      <TRPCReactProvider>
        <ResetPasswordForm token={token} name={link.name} email={link.email} expiresAt={link.expiresAt} />
      </TRPCReactProvider>
    </AuthShell>
  );
}
