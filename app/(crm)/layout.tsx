import type { ReactNode } from "react";
import { requireViewer } from "@/server/auth/get-viewer.ts";
import { TRPCReactProvider } from "@/app/_trpc/client.tsx";
import { AppShell } from "./_shell/AppShell";
import { SessionProvider } from "./_shell/SessionProvider";
import { ReloadOnBackForward } from "./_session/ReloadOnBackForward.tsx";

// Every CRM page needs a live session row; the proxy only checks that a JWT exists.
export const dynamic = "force-dynamic";

export default async function CrmLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return (
    <SessionProvider>
      <TRPCReactProvider>
        <ReloadOnBackForward />
        <AppShell user={{ name: viewer.name, email: viewer.email, role: viewer.role }}>{children}</AppShell>
      </TRPCReactProvider>
    </SessionProvider>
  );
}
