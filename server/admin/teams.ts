import { z } from "zod";
import type { Db } from "../db/create-client.ts";
import type { ServiceContext } from "../service-context.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { zText } from "../records/text.ts";
import { ZRecordId } from "../records/record-id.ts";
import { mutate, type Tx } from "../records/mutate.ts";

const ZTeamName = zText().min(1, "Enter the team's name").max(80, "Use at most 80 characters");

export const ZCreateTeamRequestSchema = z.object({ name: ZTeamName });
// "Rates Desk <rates@bank.example>" or a bare address; empty clears it (MAIL_FROM is used then).
const ZMailFrom = z.union([
  z.literal(""),
  zText()
    .max(200, "200 characters at most")
    .regex(
      /^(?:[^<>@\r\n]{1,100}\s+<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/,
      "Enter an address, e.g. Rates Desk <rates@bank.example>",
    ),
]);

export const ZEditTeamRequestSchema = z.object({
  id: ZRecordId,
  name: ZTeamName,
  /** The From of its members' e-mail; absent leaves it as it is. */
  mailFrom: ZMailFrom.optional(),
});
export const ZSetTeamArchivedRequestSchema = z.object({ id: ZRecordId, archived: z.boolean() });

/** Every team, open ones first, with who is in it and how many accounts it holds. */
export async function listTeams(db: Db) {
  const teams = await db.team.findMany({
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      mailFrom: true,
      archivedAt: true,
      createdAt: true,
      memberships: {
        where: { user: { disabledAt: null } },
        select: { isManager: true, user: { select: { id: true, name: true } } },
        orderBy: { user: { name: "asc" } },
      },
      _count: { select: { accounts: true, contacts: true, opportunities: true } },
    },
  });
  return teams;
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const taken = await tx.team.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw new AppError(AppErrorCode.CONFLICT, "Another team already has this name.", { field: "name" });
}

export async function createTeam(ctx: ServiceContext, input: z.input<typeof ZCreateTeamRequestSchema>) {
  const { name } = ZCreateTeamRequestSchema.parse(input);
  return mutate(ctx, {
    action: "create",
    entityType: "Team",
    run: async (tx) => {
      await assertNameFree(tx, name);
      const team = await tx.team.create({ data: { name }, select: { id: true, name: true } });
      return { result: team, entityId: team.id, after: team };
    },
  });
}

/** Renames a team and sets the From of the e-mail its members send. */
export async function editTeam(ctx: ServiceContext, input: z.input<typeof ZEditTeamRequestSchema>) {
  const { id, name, mailFrom } = ZEditTeamRequestSchema.parse(input);
  const select = { id: true, name: true, mailFrom: true } as const;
  return mutate(ctx, {
    action: "update",
    entityType: "Team",
    run: async (tx) => {
      const before = await tx.team.findUnique({ where: { id }, select });
      if (!before) throw notFound("Team");
      const nextMailFrom = mailFrom === undefined ? before.mailFrom : mailFrom || null;
      if (before.name === name && before.mailFrom === nextMailFrom)
        return { result: before, entityId: id, unchanged: true };
      if (before.name !== name) await assertNameFree(tx, name, id);
      const after = await tx.team.update({ where: { id }, data: { name, mailFrom: nextMailFrom }, select });
      return { result: after, entityId: id, before, after };
    },
  });
}

/**
 * Archives a team nobody active belongs to any more (move its people first, on their user form),
 * or brings it back. Its records keep the team, so their history still reads right; an archived
 * team cannot be given to a new record or a new member.
 */
export async function setTeamArchived(
  ctx: ServiceContext,
  input: z.input<typeof ZSetTeamArchivedRequestSchema>,
) {
  const { id, archived } = ZSetTeamArchivedRequestSchema.parse(input);
  return mutate(ctx, {
    action: archived ? "archive" : "unarchive",
    entityType: "Team",
    run: async (tx) => {
      // The row lock makes "no active members" hold until the archive commits: a user form saved
      // meanwhile waits and then finds the team archived (assertOpenTeams).
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Team" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) throw notFound("Team");
      if (archived) {
        const members = await tx.teamMembership.count({ where: { teamId: id, user: { disabledAt: null } } });
        if (members > 0)
          throw new AppError(
            AppErrorCode.CONFLICT,
            `${members} active ${members === 1 ? "user belongs" : "users belong"} to this team: move them to another team first.`,
          );
      }
      const { count } = await tx.team.updateMany({
        where: { id, archivedAt: archived ? null : { not: null } },
        data: { archivedAt: archived ? new Date() : null },
      });
      return { result: { id }, entityId: id, unchanged: count === 0, after: { archived } };
    },
  });
}
