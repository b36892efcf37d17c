import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import { storableText } from "../records/text.ts";

type AuditClient = Pick<Db, "auditLog"> | Prisma.TransactionClient;

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  ip?: string | null;
};

// Inputs refuse NUL and unpaired surrogates at the edge; the audit row must be written whatever a
// record holds (older data, a value cut mid-pair), so its strings and keys are made storable here.
function storable(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storable(v)]));
  }
  return value;
}

// JSON columns take plain JSON: Decimals and Dates become strings.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined
    ? undefined
    : (storable(JSON.parse(JSON.stringify(value))) as Prisma.InputJsonValue);
}

/** Records who did what to which record, with the before and after. Pass the transaction client. */
export async function recordAudit(client: AuditClient, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: entry.requestId ?? null,
      ip: entry.ip ?? null,
    },
  });
}
