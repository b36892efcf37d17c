import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ServiceContext } from "../service-context.ts";

// The one way a service changes records: inside a transaction, with the audit entry written in
// the same transaction, so a change and its audit trail land together or not at all.
export type Tx = Prisma.TransactionClient;

export type AuditedChange<T> = {
  action: string;
  entityType: string;
  /** `entityType` from run overrides the one above, when only the transaction learns it. */
  run: (tx: Tx) => Promise<{
    result: T;
    entityId: string;
    entityType?: string;
    before?: unknown;
    after?: unknown;
    /** Nothing changed (an idempotent call that found the work done): no audit entry. */
    unchanged?: boolean;
  }>;
};

// Prisma's defaults (2 s to get a connection, 5 s to finish) turn a burst of writes on one record
// into 500s: the pool has 10 connections, and requests that queue for a row lock behind the
// winner hold theirs meanwhile. Waiting longer lets every loser get its 409 instead.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export async function mutate<T>(
  ctx: Pick<ServiceContext, "db" | "viewer" | "requestId">,
  change: AuditedChange<T>,
): Promise<T> {
  return (ctx.db as Db).$transaction(async (tx) => {
    const { result, entityId, entityType, before, after, unchanged } = await change.run(tx);
    if (unchanged) return result;
    await recordAudit(tx, {
      actorId: ctx.viewer.id,
      action: change.action,
      entityType: entityType ?? change.entityType,
      entityId,
      before,
      after,
      requestId: ctx.requestId ?? null,
    });
    return result;
  }, TX_OPTIONS);
}

/**
 * Optimistic locking: a save carries the version it was made on. Zero rows updated means someone
 * saved first; the caller gets CONFLICT with the current record so the UI can show what changed.
 */
export function assertVersion<T extends { version: number }>(
  current: T,
  expectedVersion: number,
  entity: string,
): void {
  if (current.version !== expectedVersion) {
    throw new AppError(
      AppErrorCode.CONFLICT,
      `This ${entity.toLowerCase()} was changed by someone else. Review their changes and save again.`,
      {
        current: JSON.parse(JSON.stringify(current)) as unknown,
      },
    );
  }
}
