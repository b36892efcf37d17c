import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/create-client.ts";
import { viewerFromUser, type Viewer } from "../access/viewer.ts";

/**
 * The agent a call is routed to, as the access rules see them: the screen pop only ever matches
 * records that agent could open themselves.
 */
export async function viewerForAgent(
  db: Db | Prisma.TransactionClient,
  userId: string,
): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { select: { teamId: true, isManager: true } } },
  });
  if (!user || user.disabledAt) return null;
  return viewerFromUser(user, "telephony");
}

/** Who takes a call: the agent the provider named, else the owner of the dialled line. */
export async function routeToAgent(
  db: Prisma.TransactionClient,
  agentEmail: string | undefined,
  line: string | null | undefined,
): Promise<string | null> {
  if (agentEmail) {
    const user = await db.user.findFirst({
      where: { email: { equals: agentEmail, mode: "insensitive" }, disabledAt: null },
      select: { id: true },
    });
    if (user) return user.id;
  }
  if (line) {
    const owner = await db.agentLine.findUnique({ where: { line }, select: { userId: true } });
    if (owner) return owner.userId;
  }
  return null;
}
