import { Prisma } from "../generated/prisma/client.ts";
import { isAdmin, visibleTeamIds, type Viewer } from "./viewer.ts";

// Ids travel as one text literal cast to uuid[]: PGlite and node-postgres disagree on JS arrays
// as parameters.
export function teamArray(viewer: Viewer): string {
  return `{${visibleTeamIds(viewer).join(",")}}`;
}

/**
 * The viewer's visibility (visibility.ts ownedScope) as SQL, for raw queries. The columns are
 * unqualified: use it where only the owning record's table has "deletedAt", "ownerId", "teamId".
 */
export function scopeSql(viewer: Viewer): Prisma.Sql {
  if (isAdmin(viewer)) return Prisma.sql`"deletedAt" IS NULL`;
  return Prisma.sql`"deletedAt" IS NULL AND ("ownerId" = ${viewer.id}::uuid OR "teamId" = ANY(${teamArray(viewer)}::uuid[]))`;
}
