import { z } from "zod";
import { DEMO_PASSWORD } from "./demo-logins.ts";

// The password policy of every password a person chooses (NIST SP 800-63B: length, not
// composition rules). Long enough to resist guessing offline, capped so argon2 never hashes
// megabytes, and not one of the few passwords an attacker tries first on this app.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const PASSWORD_POLICY_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few words make a good one.`;

// Tried first on any sign-in page; the demo password is published in the README.
const REFUSED = new Set([
  DEMO_PASSWORD,
  "password1234",
  "passwordpassword",
  "123456789012",
  "qwertyuiopas",
  "dealfloor123",
]);

/** Why a password may not be chosen, or null when it may. The e-mail's name must not be in it. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (REFUSED.has(lower) || new Set(lower).size < 4)
    return "This password is too easy to guess. Choose another.";
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart))
    return "The password must not contain your email address.";
  return null;
}

/** A new password in a zod schema: the field message is the policy's. */
export const ZNewPasswordSchema = z.string("Enter a password").superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
