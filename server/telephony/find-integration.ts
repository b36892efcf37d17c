import type { Db } from "../db/create-client.ts";
import { SIGNATURE_HEADERS, signPayload, verifySignature } from "./signature.ts";

/** What a sender signs to look its integration up by name: not a webhook body, so not replayable as one. */
export const lookupPayload = (name: string) => `lookup:${name}`;

/** The headers the simulator or a PBX adapter sends to look its integration up by name. */
export function signedLookupHeaders(secret: string, name: string, now = new Date()): Record<string, string> {
  const ts = Math.floor(now.getTime() / 1000);
  return {
    [SIGNATURE_HEADERS.timestamp]: String(ts),
    [SIGNATURE_HEADERS.signature]: signPayload(secret, ts, lookupPayload(name)),
  };
}

export type IntegrationLookup =
  | { status: 200; integration: { id: string; name: string; kind: string } }
  | { status: 401; reason: string }
  | { status: 404 };

/**
 * An enabled integration by name, for a signed-in user or a caller that signs the name with one of
 * its current secrets. A caller with neither gets 401 whether or not the name exists.
 */
export async function findIntegrationByName(
  db: Db,
  name: string,
  auth: { signedIn: boolean; timestamp: string | null; signature: string | null },
  now = new Date(),
): Promise<IntegrationLookup> {
  const integration = await db.ctiIntegration.findFirst({
    where: { name, enabled: true },
    select: {
      id: true,
      name: true,
      kind: true,
      secrets: { where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }, select: { secret: true } },
    },
  });
  if (!auth.signedIn) {
    if (!auth.timestamp && !auth.signature) {
      return {
        status: 401,
        reason: "Sign in, or sign the name with the integration's secret (docs/telephony-api.md).",
      };
    }
    const secrets = integration?.secrets.map((s) => s.secret) ?? [];
    const check = verifySignature(secrets, auth.timestamp, auth.signature, lookupPayload(name), now);
    if (!check.ok) return { status: 401, reason: check.reason };
  }
  if (!integration) return { status: 404 };
  return { status: 200, integration: { id: integration.id, name: integration.name, kind: integration.kind } };
}
