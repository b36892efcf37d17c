import type { Role } from "../generated/prisma/enums.ts";

/** The signed-in user as every service sees it. Built on the server from the session record. */
export type Viewer = {
  id: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  /** Teams the user belongs to. */
  teamIds: string[];
  /** Teams the user manages (managers). */
  managedTeamIds: string[];
};

/** Teams whose records the viewer sees: their own teams, plus the teams they manage. */
export function visibleTeamIds(viewer: Viewer): string[] {
  return [...new Set([...viewer.teamIds, ...viewer.managedTeamIds])];
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === "ADMIN";
}

export function isManagerOrAdmin(viewer: Viewer): boolean {
  return viewer.role === "MANAGER" || viewer.role === "ADMIN";
}

type UserWithMemberships = {
  id: string;
  name: string;
  email: string;
  role: Role;
  memberships: { teamId: string; isManager: boolean }[];
};

export function viewerFromUser(user: UserWithMemberships, sessionId: string): Viewer {
  return {
    id: user.id,
    sessionId,
    name: user.name,
    email: user.email,
    role: user.role,
    teamIds: user.memberships.map((m) => m.teamId),
    managedTeamIds: user.memberships.filter((m) => m.isManager).map((m) => m.teamId),
  };
}
