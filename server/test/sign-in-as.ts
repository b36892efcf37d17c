import type { Db } from "../db/create-client.ts";
import { loadViewer, openSession } from "../auth/session-store.ts";
import { createCaller } from "../trpc/root.ts";
import { buildContext } from "../trpc/context.ts";
import type { Viewer } from "../access/viewer.ts";
import type { KickOutbox } from "../service-context.ts";

/** The viewer a real sign-in gives this user: a session opened and loaded back, teams and all. */
export async function viewerOf(db: Db, userId: string): Promise<Viewer> {
  const viewer = await loadViewer(db, await openSession(db, userId, {}));
  if (!viewer) throw new Error(`user ${userId} could not sign in`);
  return viewer;
}

/**
 * The API as this user calls it: the router with its input validation and access checks. Pass
 * kickOutbox (e.g. from server/test/test-outbox.ts) where messages must really be sent.
 */
export async function callerAs(db: Db, userId: string, options: { kickOutbox?: KickOutbox } = {}) {
  return createCaller(buildContext({ db, viewer: await viewerOf(db, userId), ...options }));
}
