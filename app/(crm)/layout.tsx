import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { TRPCReactProvider } from "@/app/_trpc/client.tsx";
import { AppShell } from "./_shell/AppShell";
import { COMM_PANEL_COOKIE, commPanelOpenFromCookie } from "./_shell/comm-panel-cookie.ts";
import { SessionProvider } from "./_shell/SessionProvider";
import { ReloadOnBackForward } from "./_session/ReloadOnBackForward.tsx";

// Every CRM page needs a live session row; the proxy only checks that a JWT exists.
export const dynamic = "force-dynamic";

export default async function CrmLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  // Render the comm panel as the user left it: without this a collapsed panel flashes open on
  // every full page load until the browser reads localStorage.
  const commPanelOpen = commPanelOpenFromCookie((await cookies()).get(COMM_PANEL_COOKIE)?.value);
  return (
    <SessionProvider>
      <TRPCReactProvider>
        <ReloadOnBackForward />
        <AppShell
          user={{ name: viewer.name, email: viewer.email, role: viewer.role }}
          commPanelOpen={commPanelOpen}
        >
          {children}
        </AppShell>
      </TRPCReactProvider>
    </SessionProvider>
  );
}
