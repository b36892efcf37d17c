import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a webhook's timestamp may be from our clock, either way. */
export const SIGNATURE_TOLERANCE_SEC = 5 * 60;

export const SIGNATURE_HEADERS = {
  timestamp: "x-dealfloor-timestamp",
  signature: "x-dealfloor-signature",
} as const;

/** `v1=` + hex HMAC-SHA256 of `${timestamp}.${rawBody}` with the integration's secret. */
export function signPayload(secret: string, timestampSec: number, rawBody: string): string {
  const mac = createHmac("sha256", secret).update(`${timestampSec}.${rawBody}`).digest("hex");
  return `v1=${mac}`;
}

/** The headers a sender puts on a webhook: what the simulator, the tests and a PBX adapter use. */
export function signedHeaders(secret: string, rawBody: string, now = new Date()): Record<string, string> {
  const ts = Math.floor(now.getTime() / 1000);
  return {
    "content-type": "application/json",
    [SIGNATURE_HEADERS.timestamp]: String(ts),
    [SIGNATURE_HEADERS.signature]: signPayload(secret, ts, rawBody),
  };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a webhook against every secret the integration currently accepts (more than one during
 * a rotation's overlap window), in constant time per secret.
 */
export function verifySignature(
  secrets: readonly string[],
  timestampHeader: string | null,
  signatureHeader: string | null,
  rawBody: string,
  now = new Date(),
): SignatureCheck {
  if (!timestampHeader || !/^\d{1,12}$/.test(timestampHeader)) {
    return {
      ok: false,
      reason: `Missing or malformed ${SIGNATURE_HEADERS.timestamp} header (Unix seconds).`,
    };
  }
  if (!signatureHeader || !/^v1=[0-9a-f]{64}$/.test(signatureHeader)) {
    return {
      ok: false,
      reason: `Missing or malformed ${SIGNATURE_HEADERS.signature} header (v1=<hex HMAC-SHA256>).`,
    };
  }
  const ts = Number(timestampHeader);
  const skew = Math.abs(now.getTime() / 1000 - ts);
  if (skew > SIGNATURE_TOLERANCE_SEC) {
    return {
      ok: false,
      reason: `Timestamp is ${Math.round(skew)} s from server time; the limit is ${SIGNATURE_TOLERANCE_SEC} s.`,
    };
  }
  const given = Buffer.from(signatureHeader);
  for (const secret of secrets) {
    const expected = Buffer.from(signPayload(secret, ts, rawBody));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return { ok: true };
  }
  return { ok: false, reason: "Signature does not match the body and timestamp." };
}
