import { handleTrpcRequest } from "@/server/trpc/http-handler.ts";
import { buildContext } from "@/server/trpc/context.ts";
import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { refuseCrossOrigin } from "@/server/http/same-origin.ts";
import { clientAddress } from "@/server/auth/client-address.ts";
import { kickProcessOutbox } from "@/server/messaging/process-kick.ts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function handler(req: Request) {
  // Mutations are POSTs; a query never changes anything, so GET passes untouched.
  const refused = refuseCrossOrigin(req);
  if (refused) return refused;
  return handleTrpcRequest(req, async () =>
    buildContext({
      db,
      viewer: await getViewer(),
      ip: clientAddress(req.headers),
      kickOutbox: kickProcessOutbox,
    }),
  );
}

export { handler as GET, handler as POST };
