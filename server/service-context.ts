import type { Db } from "./db/create-client.ts";
import type { Viewer } from "./access/viewer.ts";

/** What every domain service needs: the database and who is asking. */
export type ServiceContext = { db: Db; viewer: Viewer; requestId?: string };
