import "server-only";
import { processDb } from "./db/process-client.ts";
import type { Db } from "./db/create-client.ts";

export const db: Db = processDb();
export type { Db };
