import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "./root.ts";
import { MAX_TRPC_BATCH } from "./batch-limit.ts";
import type { Context } from "./context.ts";

/** The app's tRPC endpoint over HTTP: the route handler and its tests share these settings. */
export function handleTrpcRequest(req: Request, createContext: () => Promise<Context>): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext,
    maxBatchSize: MAX_TRPC_BATCH,
  });
}
