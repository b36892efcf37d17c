import { inOwningTeam } from "../access/visibility.ts";
import type { Viewer } from "../access/viewer.ts";

// Account PIN and Fiscal Registration No are personal or tax identifiers: only the owning team
// sees them whole.
export function maskIdentifier(value: string | null): string | null {
  if (!value) return value;
  return value.length <= 3 ? "•••" : `${"•".repeat(Math.min(value.length - 3, 8))}${value.slice(-3)}`;
}

export function maskAccountIdentifiers<
  T extends { teamId: string; accountPin: string | null; fiscalRegistrationNo: string | null },
>(viewer: Viewer, account: T): T & { identifiersMasked: boolean } {
  if (inOwningTeam(viewer, account.teamId)) return { ...account, identifiersMasked: false };
  return {
    ...account,
    accountPin: maskIdentifier(account.accountPin),
    fiscalRegistrationNo: maskIdentifier(account.fiscalRegistrationNo),
    identifiersMasked: true,
  };
}

/**
 * An audit snapshot (before/after) masked like the account it copies. Snapshots are untyped
 * JSON, so any object carrying the identifiers is masked unless it names a team the viewer owns.
 */
export function maskIdentifierSnapshot(viewer: Viewer, snapshot: unknown): unknown {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return snapshot;
  const s = snapshot as Record<string, unknown>;
  if (!("accountPin" in s) && !("fiscalRegistrationNo" in s)) return snapshot;
  if (typeof s.teamId === "string" && inOwningTeam(viewer, s.teamId)) return snapshot;
  const mask = (v: unknown) => (typeof v === "string" ? maskIdentifier(v) : v);
  return { ...s, accountPin: mask(s.accountPin), fiscalRegistrationNo: mask(s.fiscalRegistrationNo) };
}

/** Audit entries as the viewer may read them: account identifiers in before/after masked as on the account. */
export function maskAuditEntries<T extends { before: unknown; after: unknown }>(
  viewer: Viewer,
  entries: T[],
): T[] {
  return entries.map((e) => ({
    ...e,
    before: maskIdentifierSnapshot(viewer, e.before),
    after: maskIdentifierSnapshot(viewer, e.after),
  }));
}
