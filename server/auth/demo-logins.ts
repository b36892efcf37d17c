import type { Db } from "../db/create-client.ts";
import { isDemoMode } from "../demo-mode.ts";

/**
 * The password of every demo user. It lives here, not with the seed, because the login page shows
 * it beside the demo accounts; the seed hashes it, and scripts/lib/demo-logins.mjs reads it from
 * this file's text.
 */
export const DEMO_PASSWORD = "dealfloor-demo";

export type DemoLogin = { email: string; name: string; role: string };

/**
 * The demo accounts the login page lists: none outside demo mode, even if demo users are there (a
 * demo database later run as a deployment must not advertise their published password).
 */
export async function demoLoginsToShow(
  db: Db,
  source: Parameters<typeof isDemoMode>[0] = process.env,
): Promise<DemoLogin[]> {
  return isDemoMode(source) ? demoLogins(db) : [];
}

/** The demo accounts the database holds (active ones). */
export async function demoLogins(db: Db): Promise<DemoLogin[]> {
  const users = await db.user.findMany({
    where: { isDemo: true, disabledAt: null },
    select: { email: true, name: true, role: true },
    orderBy: [{ role: "desc" }, { email: "asc" }],
  });
  return users;
}
