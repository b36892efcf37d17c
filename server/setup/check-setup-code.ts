import type { Db } from "../db/create-client.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { countAttempt, lockedMinutes, THROTTLE, uncount } from "../auth/login-throttle.ts";
import { currentSetupCode, setupCodeMatches } from "./setup-code.ts";

// Wrong setup codes are counted per client address in the sign-in throttle's table (its keys are
// prefixed, so they never meet a sign-in's). The code has 60 bits, so this is not what keeps it
// secret; it stops a script from hammering the form. There is no global limit: a stranger could
// otherwise lock the operator out of their own setup page.

export const SETUP_THROTTLE = { maxPerAddress: 10 } as const;

// The field's hint says where the code is; this says what went wrong.
export const WRONG_SETUP_CODE = "That is not this server's setup code. Check it and type it again.";
export const NO_SETUP_CODE =
  "The server has no NEXTAUTH_SECRET, so it has no setup code. Set NEXTAUTH_SECRET and restart it.";

/** The throttle key of an address; one shared bucket when the address is unknown. */
export const setupAddressKey = (ip: string | null | undefined) => `setup-ip:${ip || "unknown"}`;

const tooMany = (minutes: number) =>
  new AppError(
    AppErrorCode.TOO_MANY_REQUESTS,
    `Too many wrong setup codes. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  );

const wrongCode = (message: string) =>
  new AppError(AppErrorCode.BAD_REQUEST, message, { fields: { setupCode: message } });

/**
 * Refuses a wrong setup code (400 on the setupCode field) and an address past its limit (429).
 * The attempt is counted before the comparison, so a burst sent at once gets no more tries than
 * one sent in turn; a right code gives its count back.
 */
export async function checkSetupCode(
  db: Db,
  typed: string,
  ip: string | null | undefined,
  env: Record<string, string | undefined> = process.env,
  now = new Date(),
): Promise<void> {
  const expected = currentSetupCode(env);
  if (!expected) throw wrongCode(NO_SETUP_CODE);
  const key = setupAddressKey(ip);
  const minutes = await lockedMinutes(db, [key], now);
  if (minutes > 0) throw tooMany(minutes);
  const n = await countAttempt(db, key, now);
  if (n > SETUP_THROTTLE.maxPerAddress) {
    await uncount(db, key);
    throw tooMany(THROTTLE.lockMinutes);
  }
  if (setupCodeMatches(typed, expected)) {
    await uncount(db, key);
    return;
  }
  if (n >= SETUP_THROTTLE.maxPerAddress) {
    const lockedUntil = new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
    await db.loginThrottle.updateMany({ where: { key }, data: { lockedUntil } });
  }
  throw wrongCode(WRONG_SETUP_CODE);
}
