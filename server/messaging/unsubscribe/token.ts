import { createHmac, timingSafeEqual } from "node:crypto";

type Env = Record<string, string | undefined>;

/** What an unsubscribe link names: whose consent ends, and which agreement type. */
export type UnsubscribeClaim = {
  accountId: string;
  contactId: string | null;
  agreementType: "EMAIL_MARKETING";
  /** Seconds since the epoch after which the link no longer works. */
  expiresAt: number;
};

/** Long enough for a reader who gets round to old mail; short enough that a leaked link dies. */
export const UNSUBSCRIBE_TTL_DAYS = 90;

function secretOf(env: Env): string {
  const secret = env.NEXTAUTH_SECRET || env.AUTH_SECRET;
  // Development and tests without a secret still get working links; production must set one
  // (a known key would let anyone forge an unsubscribe).
  if (!secret && env.NODE_ENV !== "production") return "dealfloor-development-only-unsubscribe-key";
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set, so unsubscribe links cannot be signed");
  return secret;
}

// A distinct purpose prefix, so a signature made for anything else with the same secret never fits.
const sign = (payload: string, env: Env) =>
  createHmac("sha256", secretOf(env)).update(`dealfloor-unsubscribe.v1.${payload}`).digest("base64url");

/** `<payload>.<signature>`, both base64url: safe in a URL path and in a mailto subject. */
export function signUnsubscribeToken(
  subject: { accountId: string; contactId?: string | null },
  { now = new Date(), env = process.env as Env }: { now?: Date; env?: Env } = {},
): string {
  const claim: UnsubscribeClaim = {
    accountId: subject.accountId,
    contactId: subject.contactId ?? null,
    agreementType: "EMAIL_MARKETING",
    expiresAt: Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TTL_DAYS * 86_400,
  };
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url");
  return `${payload}.${sign(payload, env)}`;
}

export type VerifiedToken =
  { ok: true; claim: UnsubscribeClaim } | { ok: false; reason: "invalid" | "expired" };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the signature first (constant time), then the claim's shape, then its expiry. */
export function verifyUnsubscribeToken(
  token: string,
  { now = new Date(), env = process.env as Env }: { now?: Date; env?: Env } = {},
): VerifiedToken {
  if (token.length > 1000) return { ok: false, reason: "invalid" };
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(payload, env));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "invalid" };
  }
  let claim: UnsubscribeClaim;
  try {
    claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as UnsubscribeClaim;
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (
    typeof claim?.accountId !== "string" ||
    !GUID.test(claim.accountId) ||
    (claim.contactId !== null && !(typeof claim.contactId === "string" && GUID.test(claim.contactId))) ||
    claim.agreementType !== "EMAIL_MARKETING" ||
    typeof claim.expiresAt !== "number"
  ) {
    return { ok: false, reason: "invalid" };
  }
  if (claim.expiresAt * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claim };
}
