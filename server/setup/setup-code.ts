import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { logger } from "../logger.ts";

// The setup page creates the first administrator of an empty database. Whoever opens it first would
// become administrator, so the form also asks for a setup code that only someone with access to the
// server can read: the server's log and `npm start` print it. It is derived from NEXTAUTH_SECRET,
// which every instance shares, so every instance agrees on it without storing anything, and it is
// worthless once the first user exists (the page is gone for good).

const PURPOSE = "dealfloor-first-admin-setup";
// Crockford's base32: no I, L, O or U, so a code read off a terminal is typed back unambiguously.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12; // 60 bits: out of reach of guessing, with wrong codes throttled per address.

export const SETUP_CODE_HINT = "Printed in the server's log and by npm start.";

/** The setup code for a NEXTAUTH_SECRET, grouped XXXX-XXXX-XXXX. */
export function setupCodeFor(secret: string): string {
  const digest = createHmac("sha256", secret).update(PURPOSE).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[Number((bits >> BigInt(59 - i * 5)) & 31n)];
  return code.match(/.{4}/g)!.join("-");
}

/** This server's setup code, or null when it has no NEXTAUTH_SECRET to derive one from. */
export function currentSetupCode(env: Record<string, string | undefined> = process.env): string | null {
  const secret = env.NEXTAUTH_SECRET?.trim();
  return secret ? setupCodeFor(secret) : null;
}

/** A typed code as the alphabet spells it: case, spaces and dashes ignored, O read as 0, I and L as 1. */
export function normalizeSetupCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

const digestOf = (value: string) => createHash("sha256").update(value).digest();

/** Whether a typed code is the expected one, compared in constant time (lengths included). */
export function setupCodeMatches(typed: string, expected: string): boolean {
  return timingSafeEqual(digestOf(normalizeSetupCode(typed)), digestOf(normalizeSetupCode(expected)));
}

const ANNOUNCE_EVERY_MS = 60_000;
let lastAnnounced = -Infinity;

/**
 * Writes the setup code to the server's log, where the operator reads it; at most once a minute per
 * process, so reloading the page cannot flood the log. Called while the database has no user.
 */
export function announceSetupCode(now = Date.now()): void {
  if (now - lastAnnounced < ANNOUNCE_EVERY_MS) return;
  lastAnnounced = now;
  const setupCode = currentSetupCode();
  if (setupCode)
    logger.warn(
      { setupCode },
      `No user yet: the first administrator is created on /setup with the setup code ${setupCode}`,
    );
  else logger.warn("No user yet, and NEXTAUTH_SECRET is not set: /setup cannot be used until it is");
}
