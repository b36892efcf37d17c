import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/create-client.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { mutate } from "../records/mutate.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "./password.ts";
import { passwordNotEmail, ZNewPassword } from "./password-policy.ts";
import { clearAccountFailures, lockedMinutes, recordFailureFor } from "./login-throttle.ts";

// A one-time link an admin gives a user who forgot their password (by hand for now: the app
// sends no e-mail yet). The token is 256 random bits; only its SHA-256 is stored, so a copy of
// the database resets no one. It works once, for RESET_HOURS, and only the newest one per user.

export const RESET_HOURS = 24;
/** Wrong or dead links tried from one address before it is locked out for THROTTLE.lockMinutes. */
export const RESET_MAX_FAILURES_PER_ADDRESS = 10;

const resetKey = (ip: string) => `reset-ip:${ip}`;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const DEAD_LINK = "This link has expired or was already used. Ask an admin for a new one.";

export const ZIssueResetRequestSchema = z.object({ id: ZRecordId });

const ZToken = zText({ trim: false }).min(1).max(100);
export const ZResetPasswordRequestSchema = z.object({ token: ZToken, password: ZNewPassword });

/** An admin issues a link for a user; it replaces any earlier unused one. Returns the path to hand over. */
export async function issuePasswordReset(
  ctx: ServiceContext,
  input: z.input<typeof ZIssueResetRequestSchema>,
) {
  const { id } = ZIssueResetRequestSchema.parse(input);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + RESET_HOURS * 3_600_000);
  return mutate(ctx, {
    action: "issue-password-reset",
    entityType: "User",
    run: async (tx) => {
      const user = await tx.user.findUnique({ where: { id }, select: { id: true, disabledAt: true } });
      if (!user) throw notFound("User");
      if (user.disabledAt)
        throw new AppError(AppErrorCode.CONFLICT, "This user is disabled: enable them before resetting.");
      await tx.passwordResetToken.deleteMany({ where: { userId: id, usedAt: null } });
      await tx.passwordResetToken.create({
        data: { userId: id, tokenHash: hashToken(token), expiresAt, createdById: ctx.viewer.id },
      });
      // The audit keeps when and by whom, never the token.
      return { result: { path: `/reset-password/${token}`, expiresAt }, entityId: id, after: { expiresAt } };
    },
  });
}

async function liveToken(db: Db, token: string, now: Date) {
  return db.passwordResetToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
    select: { id: true, expiresAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

async function assertNotLocked(db: Db, ip: string | null) {
  const minutes = ip ? await lockedMinutes(db, [resetKey(ip)]) : 0;
  if (minutes > 0)
    throw new AppError(
      AppErrorCode.TOO_MANY_REQUESTS,
      `Too many wrong links from this address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
}

async function deadLink(db: Db, ip: string | null): Promise<never> {
  if (ip) await recordFailureFor(db, resetKey(ip), RESET_MAX_FAILURES_PER_ADDRESS, new Date());
  throw new AppError(AppErrorCode.NOT_FOUND, DEAD_LINK);
}

/** Whom a link is for, for the reset page; a dead or unknown link counts against the address. */
export async function describePasswordReset(db: Db, token: string, ip: string | null) {
  await assertNotLocked(db, ip);
  const parsed = ZToken.safeParse(token);
  const row = parsed.success ? await liveToken(db, parsed.data, new Date()) : null;
  if (!row) return deadLink(db, ip);
  return { name: row.user.name, email: row.user.email, expiresAt: row.expiresAt };
}

/**
 * Sets the new password and spends the link, once: of two submissions racing with one link, one
 * claims it (a conditional update) and the other finds it used. Every session of the user is
 * revoked, since whoever knew the old password may be signed in with it.
 */
export async function resetPassword(
  db: Db,
  input: z.input<typeof ZResetPasswordRequestSchema>,
  meta: { ip: string | null },
) {
  await assertNotLocked(db, meta.ip);
  const v = ZResetPasswordRequestSchema.parse(input);
  const now = new Date();
  const row = await liveToken(db, v.token, now);
  if (!row) return deadLink(db, meta.ip);
  // The policy's one personal rule needs the user, whom only the token names.
  const personal = z
    .object({ email: z.string(), password: z.string() })
    .superRefine(passwordNotEmail)
    .safeParse({ email: row.user.email, password: v.password });
  if (!personal.success)
    throw new AppError(AppErrorCode.BAD_REQUEST, personal.error.issues[0]!.message, { field: "password" });
  const passwordHash = await hashPassword(v.password);
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) return false;
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash, version: { increment: 1 } } });
    await tx.session.updateMany({
      where: { userId: row.user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await recordAudit(tx, {
      actorId: row.user.id,
      action: "reset-password",
      entityType: "User",
      entityId: row.user.id,
      ip: meta.ip,
    });
    return true;
  });
  if (!done) return deadLink(db, meta.ip);
  await clearAccountFailures(db, row.user.email);
  return { email: row.user.email };
}
