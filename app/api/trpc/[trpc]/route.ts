import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/trpc/root.ts";
import { buildContext } from "@/server/trpc/context.ts";
import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { refuseCrossOrigin } from "@/server/http/same-origin.ts";
import { clientAddress } from "@/server/auth/client-address.ts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function handler(req: Request) {
  // Mutations are POSTs; a query never changes anything, so GET passes untouched.
  const refused = refuseCrossOrigin(req);
  if (refused) return refused;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      buildContext({ db, viewer: await getViewer(), ip: clientAddress(req.headers) }),
  });
}

export { handler as GET, handler as POST };
