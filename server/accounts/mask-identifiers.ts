import { inOwningTeam } from "../access/visibility.ts";
import type { Viewer } from "../access/viewer.ts";

// Account PIN and Fiscal Registration No are personal or tax identifiers: only the owning team
// sees them whole.
export function maskIdentifier(value: string | null): string | null {
  if (!value) return value;
  return value.length <= 3 ? "•••" : `${"•".repeat(Math.min(value.length - 3, 8))}${value.slice(-3)}`;
}

export function maskAccountIdentifiers<T extends { teamId: string; accountPin: string | null; fiscalRegistrationNo: string | null }>(
  viewer: Viewer,
  account: T,
): T & { identifiersMasked: boolean } {
  if (inOwningTeam(viewer, account.teamId)) return { ...account, identifiersMasked: false };
  return {
    ...account,
    accountPin: maskIdentifier(account.accountPin),
    fiscalRegistrationNo: maskIdentifier(account.fiscalRegistrationNo),
    identifiersMasked: true,
  };
}
