import { z } from "zod";
import { zText } from "../records/text.ts";

// The one password policy: creating a user, resetting a password and setting up the first admin
// all parse a new password with `ZNewPassword`, so the rule and its message are the same
// everywhere. It follows NIST SP 800-63B: length rather than composition rules, and no password a
// guesser tries first. Not trimmed: a space is as good a character as any other.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const PASSWORD_RULE = `At least ${PASSWORD_MIN} characters; a few unrelated words make a good one.`;

// The first guesses of every password-spraying list (kept lowercase; compared case-blind).
const COMMON = new Set([
  "password1234",
  "password12345",
  "password123456",
  "123456789012",
  "1234567890123",
  "qwertyuiopas",
  "qwerty123456",
  "iloveyou1234",
  "letmein12345",
  "welcome12345",
  "administrator",
  "changeme1234",
  "dealfloor-demo",
  "dealfloordemo",
]);

function tooSimple(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  // One short run repeated ("abcabcabcabc"), or hardly any different characters ("aaaaaaaaaaab").
  return /^(.{1,3})\1+$/su.test(password) || new Set(lower).size < 4;
}

/** A new password, as every form that sets one checks it. */
export const ZNewPassword = zText({ trim: false, error: "Enter a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !tooSimple(p), "This password is too easy to guess: choose a longer, less common one.");

/**
 * The policy plus the one check that needs the person: the password must not be their e-mail
 * address or its name part. Use it on an object with `email` and `password` fields.
 */
export function passwordNotEmail(value: { email: string; password: string }, ctx: z.RefinementCtx): void {
  const password = value.password.toLowerCase();
  const email = value.email.trim().toLowerCase();
  const local = email.split("@")[0] ?? "";
  if (password === email || (local.length >= 4 && password.includes(local)))
    ctx.addIssue({
      code: "custom",
      path: ["password"],
      message: "Do not use your e-mail address in the password.",
    });
}
