import type { Rng } from "../random.ts";
import type { UserRow } from "../factories/users.ts";
import { buildTeam, buildTeamMembership } from "../factories/teams.ts";
import { buildAgentLine, buildUser } from "../factories/users.ts";
import { DEMO_TEAMS, DEMO_USER_LIST, type DemoTeamKey, type DemoUser } from "../demo-users.ts";
import type { DemoRows } from "./demo-rows.ts";

export type DemoPerson = DemoUser & { id: string };

export type DemoTeam = {
  key: DemoTeamKey;
  id: string;
  name: string;
  manager: DemoPerson;
  /** Reps first, then the manager: who may own the team's records. */
  members: DemoPerson[];
  reps: DemoPerson[];
};

export type DemoPeople = {
  admin: DemoPerson;
  users: DemoPerson[];
  teams: Record<DemoTeamKey, DemoTeam>;
};

/** Teams, the demo users with their memberships, and the lines that route calls to them. */
export function buildDemoPeople(rng: Rng, rows: DemoRows, passwordHash: string, now: Date): DemoPeople {
  const teamIds = {} as Record<DemoTeamKey, string>;
  for (const key of Object.keys(DEMO_TEAMS) as DemoTeamKey[]) {
    const team = buildTeam(rng, {
      name: DEMO_TEAMS[key],
      createdAt: new Date(now.getTime() - 3 * 365 * 86_400_000),
    });
    teamIds[key] = team.id as string;
    rows.team.push(team);
  }

  const users: DemoPerson[] = DEMO_USER_LIST.map((u, i) => {
    const row: UserRow = buildUser(rng, {
      email: u.email,
      name: u.name,
      role: u.role,
      passwordHash,
      isDemo: true,
      // Staggered so "newest first" lists have a stable, believable order.
      createdAt: new Date(now.getTime() - (900 - i * 20) * 86_400_000),
    });
    rows.user.push(row);
    const person = { ...u, id: row.id as string };
    u.teams.forEach((teamKey, t) =>
      rows.teamMembership.push(
        buildTeamMembership(person.id, teamIds[teamKey], u.role === "MANAGER" && t === 0),
      ),
    );
    if (u.line)
      rows.agentLine.push(buildAgentLine(rng, { userId: person.id, line: u.line, label: "Direct line" }));
    if (u.extension)
      rows.agentLine.push(buildAgentLine(rng, { userId: person.id, line: u.extension, label: "Extension" }));
    return person;
  });

  const teams = {} as Record<DemoTeamKey, DemoTeam>;
  for (const key of Object.keys(DEMO_TEAMS) as DemoTeamKey[]) {
    const manager = users.find((u) => u.role === "MANAGER" && u.teams[0] === key);
    if (!manager) throw new Error(`demo team ${key} has no manager`);
    const reps = users.filter((u) => u.role === "REP" && u.teams.includes(key));
    teams[key] = { key, id: teamIds[key], name: DEMO_TEAMS[key], manager, reps, members: [...reps, manager] };
  }
  const admin = users.find((u) => u.role === "ADMIN");
  if (!admin) throw new Error("the demo needs an admin");
  return { admin, users, teams };
}

/** An owner for one of the team's records: mostly reps, sometimes the manager's own clients. */
export function pickOwner(rng: Rng, team: DemoTeam): DemoPerson {
  return rng.chance(0.08) ? team.manager : rng.pick(team.reps);
}
