import type { Db } from "../db/create-client.ts";
import type { Viewer } from "../access/viewer.ts";
import { logger, type Logger } from "../logger.ts";
import type { KickOutbox } from "../service-context.ts";

export type Context = {
  db: Db;
  viewer: Viewer | null;
  requestId: string;
  log: Logger;
  ip: string | null;
  kickOutbox?: KickOutbox;
};

export function buildContext(parts: {
  db: Db;
  viewer: Viewer | null;
  ip?: string | null;
  requestId?: string;
  kickOutbox?: KickOutbox;
}): Context {
  const requestId = parts.requestId ?? crypto.randomUUID();
  return {
    db: parts.db,
    viewer: parts.viewer,
    requestId,
    ip: parts.ip ?? null,
    kickOutbox: parts.kickOutbox,
    log: logger.child({ requestId, userId: parts.viewer?.id }),
  };
}
