import type { Db } from "../db/create-client.ts";
import { zText } from "../records/text.ts";
import { fieldErrorsOf } from "../trpc/field-errors.ts";
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

/** `?name=` as the lookup route takes it: the checked text every input is, so NUL is a 400. */
export const ZIntegrationLookupName = zText()
  .min(1, "Give the integration's name as ?name=")
  .max(200, "Keep the name under 200 characters");

export type IntegrationLookup =
  | { status: 200; integration: { id: string; name: string; kind: string } }
  | { status: 400; reason: string; fieldErrors: Record<string, string[]> }
  | { status: 401; reason: string }
  | { status: 404 };

/**
 * An enabled integration by name, for a signed-in user or a caller that signs the name with one of
 * its current secrets. A caller with neither gets 401 whether or not the name exists.
 */
export async function findIntegrationByName(
  db: Db,
  rawName: string | null,
  auth: { signedIn: boolean; timestamp: string | null; signature: string | null },
  now = new Date(),
): Promise<IntegrationLookup> {
  const parsed = ZIntegrationLookupName.safeParse(rawName ?? "");
  if (!parsed.success) {
    const fieldErrors = { name: fieldErrorsOf(parsed.error).formErrors };
    return {
      status: 400,
      reason: fieldErrors.name[0] ?? "Give the integration's name as ?name=",
      fieldErrors,
    };
  }
  const name = parsed.data;
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
