import type { Rng } from "../random.ts";
import type { AgentLine, Role, User } from "../../server/generated/prisma/client.ts";
import { hashPassword } from "../../server/auth/password.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { FORENAMES, SURNAMES, emailLocalPart } from "./person-names.ts";
import { createTeam } from "./teams.ts";

export type UserRow = CreateManyRow<"user">;
export type AgentLineRow = CreateManyRow<"agentLine">;

export const TEST_PASSWORD = "password123";

// argon2id costs ~50 ms a hash by design; tests create many users with the same password.
const hashes = new Map<string, Promise<string>>();

export function cachedPasswordHash(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

export function buildUser(rng: Rng, overrides: Partial<UserRow> & Pick<UserRow, "passwordHash">): UserRow {
  const fore = rng.pick(FORENAMES);
  const sur = rng.pick(SURNAMES);
  return {
    id: rng.uuid(),
    email: `${emailLocalPart(fore, sur)}.${rng.digits(6)}@dealfloor.test`,
    name: `${fore} ${sur}`,
    role: "REP",
    ...overrides,
  };
}

export function buildAgentLine(
  rng: Rng,
  overrides: Partial<AgentLineRow> & Pick<AgentLineRow, "userId" | "line">,
): AgentLineRow {
  return { id: rng.uuid(), label: "Direct line", ...overrides };
}

export type CreateUserInput = Partial<Omit<UserRow, "passwordHash">> & {
  role?: Role;
  password?: string;
  /** Teams the user belongs to. Omitted: a new team is created for a rep or manager. */
  teamIds?: string[];
  /** Teams the user manages (and belongs to). Omitted: a manager manages all of `teamIds`. */
  managedTeamIds?: string[];
  /** Agent lines (E.164 DDIs or extensions) that route calls to this user. */
  lines?: string[];
};

export type CreatedUser = User & { password: string; teamIds: string[]; managedTeamIds: string[] };

/** A user who can sign in with `password` (TEST_PASSWORD by default), with team memberships. */
export async function createUser(db: DbClient, input: CreateUserInput = {}): Promise<CreatedUser> {
  const {
    password = TEST_PASSWORD,
    teamIds: givenTeams,
    managedTeamIds: givenManaged,
    lines = [],
    ...overrides
  } = input;
  const role = overrides.role ?? "REP";
  const rng = factoryRng();
  const teamIds = givenTeams ?? (role === "ADMIN" ? [] : [(await createTeam(db)).id]);
  const managedTeamIds = givenManaged ?? (role === "MANAGER" ? teamIds : []);
  const row = buildUser(rng, { passwordHash: await cachedPasswordHash(password), ...overrides, role });
  const memberOf = [...new Set([...teamIds, ...managedTeamIds])];
  const user = await db.user.create({
    data: {
      ...row,
      memberships: {
        createMany: {
          data: memberOf.map((teamId) => ({ teamId, isManager: managedTeamIds.includes(teamId) })),
        },
      },
    },
  });
  if (lines.length > 0) {
    await db.agentLine.createMany({
      data: lines.map((line) => buildAgentLine(rng, { userId: user.id, line })),
    });
  }
  return { ...user, password, teamIds, managedTeamIds };
}

export async function createAgentLine(
  db: DbClient,
  overrides: Partial<AgentLineRow> & Pick<AgentLineRow, "userId">,
): Promise<AgentLine> {
  const rng = factoryRng();
  return db.agentLine.create({ data: buildAgentLine(rng, { line: `9${rng.digits(6)}`, ...overrides }) });
}
