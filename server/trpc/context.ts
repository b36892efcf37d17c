import type { Db } from "../db/create-client.ts";
import type { Viewer } from "../access/viewer.ts";
import { logger, type Logger } from "../logger.ts";

export type Context = {
  db: Db;
  viewer: Viewer | null;
  requestId: string;
  log: Logger;
  ip: string | null;
};

export function buildContext(parts: {
  db: Db;
  viewer: Viewer | null;
  ip?: string | null;
  requestId?: string;
}): Context {
  const requestId = parts.requestId ?? crypto.randomUUID();
  return {
    db: parts.db,
    viewer: parts.viewer,
    requestId,
    ip: parts.ip ?? null,
    log: logger.child({ requestId, userId: parts.viewer?.id }),
  };
}
