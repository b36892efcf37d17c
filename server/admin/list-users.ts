import type { Db } from "../db/create-client.ts";

export async function listUsers(db: Db) {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      lastLoginAt: true,
      memberships: { select: { isManager: true, team: { select: { name: true } } } },
    },
  });
}
