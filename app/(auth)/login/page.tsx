import { redirect } from "next/navigation";
import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { DEMO_PASSWORD, demoLogins } from "@/server/auth/demo-logins.ts";
import { LoginForm } from "./_components/LoginForm";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in · Dealfloor" };

// The proxy passes the page the user wanted as an absolute URL. Keep only its path, so a crafted
// link cannot send someone to another site after signing in.
function localPath(callbackUrl: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl;
  if (!raw) return undefined;
  try {
    const url = new URL(raw, "http://local.invalid");
    return url.pathname.startsWith("/login") ? undefined : `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await getViewer()) redirect("/accounts");
  const sp = await searchParams;
  const logins = await demoLogins(db);
  return (
    <LoginForm
      demoLogins={logins}
      demoPassword={logins.length ? DEMO_PASSWORD : undefined}
      callbackUrl={localPath(sp.callbackUrl)}
    />
  );
}
