import { z } from "zod";
import type { Db } from "../db/create-client.ts";
import { AppError, AppErrorCode } from "../errors.ts";
import { hashPassword } from "../auth/password.ts";
import { passwordNotEmail, ZNewPassword } from "../auth/password-policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldMessagesOf } from "../trpc/field-errors.ts";
import { zText } from "../records/text.ts";
import { checkSetupCode } from "./check-setup-code.ts";

// A production database starts without users (no demo seed). Its first administrator is created
// once, on the setup page, by someone who can read the server's setup code (server/setup/setup-code.ts):
// reaching the app first is not enough. After that the page is gone. Two people submitting at once
// must not both become admin, so the check and the insert happen under one transaction-scoped
// advisory lock: the second waits, then finds a user and is refused.

/** pg_advisory_xact_lock key of the first-run setup (any constant; "DFSETUP1" in ASCII). */
const SETUP_LOCK_KEY = 0x4446534554555031n;

export const ALREADY_SET_UP = "Dealfloor is set up already: sign in instead.";

export const ZFirstAdminInputSchema = z
  .object({
    setupCode: zText({ error: "Enter the setup code" })
      .min(1, "Enter the setup code")
      .max(40, "The setup code has 12 characters"),
    name: zText({ error: "Enter your name" })
      .min(1, "Enter your name")
      .max(100, "Use at most 100 characters"),
    email: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
      z.email("Enter a valid email address").max(254, "Use at most 254 characters"),
    ),
    password: ZNewPassword,
    confirmPassword: zText({ trim: false, error: "Repeat the password" }),
  })
  .superRefine((input, ctx) => {
    // Runs once the fields are valid, so the policy's general rules have passed: this adds the
    // rule that needs the e-mail address, and the confirmation.
    const before = ctx.issues?.length ?? 0;
    passwordNotEmail(input, ctx);
    if ((ctx.issues?.length ?? 0) === before && input.password !== input.confirmPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords differ" });
  });

export type FirstAdminInput = z.input<typeof ZFirstAdminInputSchema>;

/** Whether the database still has no user, so the setup page is open. */
export async function needsFirstAdmin(db: Db): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) === null;
}

/**
 * Creates the first administrator, or refuses: 400 for bad fields or a wrong setup code, 429 for an
 * address past its wrong codes, 409 for good once any user exists.
 */
export async function createFirstAdmin(
  db: Db,
  input: unknown,
  meta: { ip?: string | null; requestId?: string; env?: Record<string, string | undefined> } = {},
): Promise<{ id: string; email: string; name: string }> {
  const parsed = ZFirstAdminInputSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError(AppErrorCode.BAD_REQUEST, "Check the highlighted fields.", {
      fields: fieldMessagesOf(parsed.error, "form"),
    });
  // Cheap refusal before hashing: argon2 costs tens of milliseconds and memory.
  if (!(await needsFirstAdmin(db))) throw new AppError(AppErrorCode.CONFLICT, ALREADY_SET_UP);
  const { setupCode, name, email, password } = parsed.data;
  await checkSetupCode(db, setupCode, meta.ip, meta.env);
  const passwordHash = await hashPassword(password);

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`;
      if (await tx.user.findFirst({ select: { id: true } }))
        throw new AppError(AppErrorCode.CONFLICT, ALREADY_SET_UP);
      const admin = await tx.user.create({
        data: { name, email, passwordHash, role: "ADMIN" },
        select: { id: true, email: true, name: true },
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "first-admin",
        entityType: "User",
        entityId: admin.id,
        after: { name, email, role: "ADMIN" },
        requestId: meta.requestId ?? null,
        ip: meta.ip ?? null,
      });
      return admin;
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}
