import type { Prisma } from "../generated/prisma/client.ts";
import { isAdmin, type Viewer } from "../access/viewer.ts";

// Whose forecast the viewer sees: a rep their own, a manager the members of the teams they
// manage, an admin everyone.
export function forecastSubjectWhere(viewer: Viewer): Prisma.UserWhereInput {
  if (isAdmin(viewer)) return {};
  if (viewer.role === "MANAGER") {
    return { OR: [{ id: viewer.id }, { memberships: { some: { teamId: { in: viewer.managedTeamIds } } } }] };
  }
  return { id: viewer.id };
}
