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

export async function recordFailureFor(db: Db, key: string, max: number, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  await db.$transaction(async (tx) => {
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    const fresh = !row || row.windowStart < windowStart;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= max ? new Date(now.getTime() + THROTTLE.lockMinutes * 60_000) : null;
    await tx.loginThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil },
      update: { failures, lockedUntil, ...(fresh ? { windowStart: now } : {}) },
    });
  });
}

export async function recordFailure(
  db: Db,
  email: string,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  await recordFailureFor(db, accountKey(email), THROTTLE.maxPerAccount, now);
  if (ip) await recordFailureFor(db, addressKey(ip), THROTTLE.maxPerAddress, now);
}

export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: accountKey(email) } });
}
