import type { Db } from "../db/create-client.ts";

/**
 * The password of every demo user. It lives here, not with the seed, because the login page shows
 * it beside the demo accounts; the seed hashes it, and scripts/lib/demo-logins.mjs reads it from
 * this file's text.
 */
export const DEMO_PASSWORD = "dealfloor-demo";

export type DemoLogin = { email: string; name: string; role: string };

/** The demo accounts, shown on the login page only when the database holds demo data. */
export async function demoLogins(db: Db): Promise<DemoLogin[]> {
  const users = await db.user.findMany({
    where: { isDemo: true, disabledAt: null },
    select: { email: true, name: true, role: true },
    orderBy: [{ role: "desc" }, { email: "asc" }],
  });
  return users;
}
