import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/trpc/root.ts";
import { buildContext } from "@/server/trpc/context.ts";
import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { clientAddress } from "@/server/auth/client-address.ts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => buildContext({ db, viewer: await getViewer(), ip: clientAddress(req.headers) }),
  });
}

export { handler as GET, handler as POST };
