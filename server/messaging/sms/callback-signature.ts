import { createHmac, timingSafeEqual } from "node:crypto";

type Env = Record<string, string | undefined>;

// Kannel's delivery reports carry no credential of their own: the dlr-url we hand it names the
// message and an HMAC of its id under the app's secret, so only a URL we made can change a message.

function mac(secret: string, messageId: string): string {
  return createHmac("sha256", secret).update(`sms-dlr:${messageId}`).digest("base64url");
}

/** The signature the dlr-url of this message carries, or null when the app has no secret. */
export function signMessageId(messageId: string, env: Env = process.env): string | null {
  const secret = env.NEXTAUTH_SECRET;
  return secret ? mac(secret, messageId) : null;
}

export function verifyMessageId(messageId: string, signature: string, env: Env = process.env): boolean {
  const expected = signMessageId(messageId, env);
  if (!expected) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Constant-time comparison of a shared secret (the inbound get-url's). */
export function sameSecret(expected: string | undefined, given: string): boolean {
  if (!expected) return false;
  const a = createHmac("sha256", "cmp").update(expected).digest();
  const b = createHmac("sha256", "cmp").update(given).digest();
  return timingSafeEqual(a, b);
}

/** Where Kannel reaches the app: SMS_CALLBACK_URL when the gateway sees it elsewhere, else NEXTAUTH_URL. */
export function callbackBase(env: Env = process.env): string | null {
  const base = env.SMS_CALLBACK_URL || env.NEXTAUTH_URL;
  return base ? base.replace(/\/+$/, "") : null;
}
