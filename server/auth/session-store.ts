import type { Db } from "../db/create-client.ts";
import { viewerFromUser, type Viewer } from "../access/viewer.ts";

export const SESSION_DAYS = 7;

export async function openSession(
  db: Db,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null },
): Promise<string> {
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const session = await db.session.create({
    data: { userId, expiresAt, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 300) ?? null },
  });
  return session.id;
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * The viewer behind a session id, or null when the session was revoked, has expired, or its user
 * is disabled. Runs on every request, so sign-out and disabling take effect at once.
 */
export async function loadViewer(db: Db, sessionId: string, now = new Date()): Promise<Viewer | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: { user: { include: { memberships: { select: { teamId: true, isManager: true } } } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabledAt) return null;
  return viewerFromUser(session.user, session.id);
}
