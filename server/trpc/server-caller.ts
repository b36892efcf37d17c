import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { db } from "../db.ts";
import { getViewer } from "../auth/get-viewer.ts";
import { clientAddress } from "../auth/client-address.ts";
import { buildContext } from "./context.ts";
import { createCaller } from "./root.ts";
import { kickProcessOutbox } from "../messaging/process-kick.ts";

/** tRPC for server components: same procedures, same checks, no HTTP hop. */
export const api = cache(async () => {
  const viewer = await getViewer();
  return createCaller(
    buildContext({ db, viewer, ip: clientAddress(await headers()), kickOutbox: kickProcessOutbox }),
  );
});
