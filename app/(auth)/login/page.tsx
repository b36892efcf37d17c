import { redirect } from "next/navigation";
import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { DEMO_PASSWORD, demoLoginsToShow } from "@/server/auth/demo-logins.ts";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/server/auth/safe-callback-url.ts";
import { needsFirstAdmin } from "@/server/setup/first-admin.ts";
import { LoginForm } from "./_components/LoginForm";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in · Dealfloor" };

// Only a path on this site: a crafted link must not send someone elsewhere after signing in.
function localPath(callbackUrl: string | string[] | undefined): string | undefined {
  const path = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  return path && !/^\/login(?:[/?#]|$)/.test(path) ? path : undefined;
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await getViewer()) redirect(DEFAULT_AFTER_SIGN_IN);
  // Nobody could sign in yet: a production database's first start.
  if (await needsFirstAdmin(db)) redirect("/setup");
  const sp = await searchParams;
  const logins = await demoLoginsToShow(db);
  return (
    <LoginForm
      demoLogins={logins}
      demoPassword={logins.length ? DEMO_PASSWORD : undefined}
      callbackUrl={localPath(sp.callbackUrl)}
    />
  );
}
