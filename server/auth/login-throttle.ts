import type { Db } from "../db/create-client.ts";

// Failed sign-ins are counted per account and per client address. Past the limit inside the
// window, that key is locked for LOCK_MINUTES whatever the password.
export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxPerAccount: 5,
  maxPerAddress: 20,
} as const;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Minutes left on the longest lock among the keys, or 0 when none is locked. */
export async function lockedMinutes(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

const ts = (d: Date) => d.toISOString();

/**
 * Counts one attempt against a key in one statement and returns its number inside the window. The
 * row lock of INSERT … ON CONFLICT orders concurrent attempts, so each gets a number of its own:
 * a read-then-write lost counts, and a parallel burst all read "not locked".
 */
export async function countAttempt(db: Db, key: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "updatedAt")
    VALUES (${key}, 1, ${ts(now)}::timestamp, ${ts(now)}::timestamp)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${ts(windowStart)}::timestamp
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${ts(windowStart)}::timestamp
                           THEN EXCLUDED."windowStart" ELSE "LoginThrottle"."windowStart" END,
      "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "failures"`;
  return Number(row!.failures);
}

export async function uncount(db: Db, key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

export type Attempt = {
  /** The password was wrong: the attempt stays counted, and a key at its limit is locked. */
  failed(): Promise<void>;
  /** The password was right: the account's failures are cleared, the address's count given back. */
  succeeded(): Promise<void>;
};

/**
 * Counts a sign-in attempt as a failure before its password is checked, so no more attempts than
 * the limit can be checking passwords at once, however many arrive together. Null when the
 * attempt is past a limit: it is then not counted, and its password must not be checked.
 */
export async function beginAttempt(
  db: Db,
  email: string,
  ip: string | null,
  now = new Date(),
): Promise<Attempt | null> {
  const limits = [
    { key: accountKey(email), max: THROTTLE.maxPerAccount as number },
    ...(ip ? [{ key: addressKey(ip), max: THROTTLE.maxPerAddress as number }] : []),
  ];
  const counted: { key: string; max: number; n: number }[] = [];
  for (const limit of limits) {
    const n = await countAttempt(db, limit.key, now);
    counted.push({ ...limit, n });
    if (n > limit.max) {
      for (const c of counted) await uncount(db, c.key);
      return null;
    }
  }
  return {
    async failed() {
      const lockedUntil = new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
      for (const c of counted.filter((c) => c.n >= c.max)) {
        await db.loginThrottle.updateMany({ where: { key: c.key }, data: { lockedUntil } });
      }
    },
    async succeeded() {
      await clearAccountFailures(db, email);
      for (const c of counted.slice(1)) await uncount(db, c.key);
    },
  };
}

export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: accountKey(email) } });
}

/** Counts one failure against a key, atomically, and locks the key once it reaches `max`. */
export async function recordFailureFor(db: Db, key: string, max: number, now: Date): Promise<void> {
  if ((await countAttempt(db, key, now)) < max) return;
  const lockedUntil = new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
  await db.loginThrottle.updateMany({ where: { key }, data: { lockedUntil } });
}
