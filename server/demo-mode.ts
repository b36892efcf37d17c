// Demo mode: the demo sales floor is seeded (users with a published password, webhook secrets that
// are in the source) and the login page lists the demo logins. The one place that decides it.
//
// The embedded database (no DATABASE_URL, or a pglite: one) is a trial on one machine: demo by
// default. A PostgreSQL database is a deployment: never demo unless DEALFLOOR_DEMO=1 asks for it.
// DEALFLOOR_DEMO=0 turns it off on the embedded database too (the first-run journey does).

type DemoEnv = { DATABASE_URL?: string; DEALFLOOR_DEMO?: string; [name: string]: string | undefined };

export function isDemoMode(source: DemoEnv = process.env): boolean {
  const flag = source.DEALFLOOR_DEMO?.trim();
  if (flag === "1") return true;
  if (flag === "0") return false;
  const url = source.DATABASE_URL?.trim();
  return !url || url.startsWith("pglite:");
}
