import { z } from "zod";
import type { Db } from "../db/create-client.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { verifyPassword } from "./password.ts";
import { accountKey, addressKey, beginAttempt, lockedMinutes, THROTTLE } from "./login-throttle.ts";
import { openSession } from "./session-store.ts";
import { recordAudit } from "../audit/record-audit.ts";

export const ZSignInRequestSchema = z.object({
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email("Enter a valid email address"),
  ),
  password: z.string().min(1, "Enter your password").max(200),
});

export const WRONG_CREDENTIALS = "Wrong email or password.";

const tooManyAttempts = (minutes: number) =>
  new AppError(
    AppErrorCode.TOO_MANY_REQUESTS,
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  );

/**
 * Checks credentials with throttling and opens a server-side session.
 * Every failure says the same thing, so the message does not reveal which accounts exist.
 */
export async function signIn(
  db: Db,
  input: unknown,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ userId: string; sessionId: string }> {
  const parsed = ZSignInRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError(AppErrorCode.BAD_REQUEST, WRONG_CREDENTIALS);
  const { email, password } = parsed.data;

  const keys = [accountKey(email), ...(meta.ip ? [addressKey(meta.ip)] : [])];
  const minutes = await lockedMinutes(db, keys);
  if (minutes > 0) throw tooManyAttempts(minutes);
  // Attempts still being checked count too: a burst sent together gets no more guesses than one
  // sent in turn.
  const attempt = await beginAttempt(db, email, meta.ip);
  if (!attempt) throw tooManyAttempts(THROTTLE.lockMinutes);

  const user = await db.user.findUnique({ where: { email } });
  const ok = user && !user.disabledAt && (await verifyPassword(user.passwordHash, password));
  if (!ok) {
    await attempt.failed();
    throw new AppError(AppErrorCode.UNAUTHORIZED, WRONG_CREDENTIALS);
  }

  await attempt.succeeded();
  const sessionId = await openSession(db, user.id, meta);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit(db, {
    actorId: user.id,
    action: "sign-in",
    entityType: "Session",
    entityId: sessionId,
    ip: meta.ip,
  });
  return { userId: user.id, sessionId };
}
