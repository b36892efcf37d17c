import type { Db } from "./db/create-client.ts";
import type { Viewer } from "./access/viewer.ts";

/**
 * Hands messages a service queued (and committed) to the job queue. Optional: without it they stay
 * QUEUED until the outbox sweep finds them, which is what a test context without a queue gets.
 */
export type KickOutbox = (messageIds: string[]) => Promise<void>;

/** What every domain service needs: the database and who is asking. */
export type ServiceContext = { db: Db; viewer: Viewer; requestId?: string; kickOutbox?: KickOutbox };
