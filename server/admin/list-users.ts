import type { Db } from "../db/create-client.ts";
import { notFound } from "../errors.ts";
import { LINE_LABEL } from "./user-snapshot.ts";

const lineOf = (lines: { line: string; label: string | null }[], label: string) =>
  lines.find((l) => l.label === label)?.line ?? null;

export async function listUsers(db: Db) {
  const users = await db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      lastLoginAt: true,
      memberships: {
        select: { isManager: true, team: { select: { id: true, name: true, archivedAt: true } } },
        orderBy: { team: { name: "asc" } },
      },
      agentLines: { select: { line: true, label: true } },
    },
  });
  return users.map(({ agentLines, ...u }) => ({
    ...u,
    directLine: lineOf(agentLines, LINE_LABEL.directLine),
    extension: lineOf(agentLines, LINE_LABEL.extension),
  }));
}

/** One user as the edit form needs them, with the version it saves against. */
export async function getUserForAdmin(db: Db, id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      lastLoginAt: true,
      createdAt: true,
      version: true,
      memberships: { select: { teamId: true, isManager: true } },
      agentLines: { select: { line: true, label: true } },
      _count: {
        select: {
          ownedAccounts: true,
          ownedContacts: true,
          ownedLeads: true,
          ownedOpportunities: true,
          sessions: { where: { revokedAt: null, expiresAt: { gt: new Date() } } },
        },
      },
    },
  });
  if (!user) throw notFound("User");
  const { agentLines, memberships, ...rest } = user;
  return {
    ...rest,
    teamIds: memberships.filter((m) => !m.isManager).map((m) => m.teamId),
    managedTeamIds: memberships.filter((m) => m.isManager).map((m) => m.teamId),
    directLine: lineOf(agentLines, LINE_LABEL.directLine),
    extension: lineOf(agentLines, LINE_LABEL.extension),
  };
}
