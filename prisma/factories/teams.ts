import type { Rng } from "../random.ts";
import type { Team } from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";

export type TeamRow = CreateManyRow<"team">;
export type TeamMembershipRow = CreateManyRow<"teamMembership">;

const DESKS = [
  "FX Sales",
  "Rates Sales",
  "Credit Sales",
  "Corporate Coverage",
  "Private Clients",
  "Structured Products",
  "Treasury Solutions",
];

export function buildTeam(rng: Rng, overrides: Partial<TeamRow> = {}): TeamRow {
  // Team names are unique: the suffix keeps test teams apart.
  return { id: rng.uuid(), name: `${rng.pick(DESKS)} ${rng.digits(6)}`, ...overrides };
}

export function buildTeamMembership(userId: string, teamId: string, isManager = false): TeamMembershipRow {
  return { userId, teamId, isManager };
}

export async function createTeam(db: DbClient, overrides: Partial<TeamRow> = {}): Promise<Team> {
  return db.team.create({ data: buildTeam(factoryRng(), overrides) });
}
