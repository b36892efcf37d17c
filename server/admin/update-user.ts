import type { z } from "zod";
import type { ServiceContext } from "../service-context.ts";
import { assertVersion, mutate, type Tx } from "../records/mutate.ts";
import { membershipsOf, type ZUpdateUserRequestSchema } from "./user-input.ts";
import { assertEmailFree, assertOpenTeams, userSnapshot, writeLines } from "./user-snapshot.ts";
import { assertAdminsRemain } from "./last-admin-guard.ts";

/**
 * Moves the records a user owns (or, for interactions, is assigned) from the teams they left to
 * `toTeamId`, inside the caller's transaction, so the move and the membership change land together.
 * Each moved row's version goes up, so a form open on it sees the change instead of overwriting it.
 */
async function moveOwnedRecords(tx: Tx, userId: string, fromTeamIds: string[], toTeamId: string) {
  const where = { teamId: { in: fromTeamIds } };
  const data = { teamId: toTeamId, version: { increment: 1 } };
  const owned = { ...where, ownerId: userId };
  const counts = {
    accounts: (await tx.account.updateMany({ where: owned, data })).count,
    contacts: (await tx.contact.updateMany({ where: owned, data })).count,
    leads: (await tx.lead.updateMany({ where: owned, data })).count,
    opportunities: (await tx.opportunity.updateMany({ where: owned, data })).count,
    events: (await tx.event.updateMany({ where: owned, data })).count,
    campaigns: (await tx.campaign.updateMany({ where: owned, data })).count,
    interactions: (await tx.interaction.updateMany({ where: { ...where, assignedUserId: userId }, data }))
      .count,
  };
  return counts;
}

/** An admin changes anything on the user form. The last active admin keeps the Admin role. */
export async function updateUser(ctx: ServiceContext, v: z.output<typeof ZUpdateUserRequestSchema>) {
  // Parsed by the router: the schema's transforms (E.164 lines) do not run twice.
  return mutate(ctx, {
    action: "update",
    entityType: "User",
    run: async (tx) => {
      // The lock comes before the read, so the version checked is the one after any racing change.
      await assertAdminsRemain(tx, ctx.viewer.id, { userId: v.id, losesAdmin: v.role !== "ADMIN" });
      const before = await userSnapshot(tx, v.id);
      assertVersion(before, v.version, "User");
      await assertEmailFree(tx, v.email, v.id);
      const memberships = membershipsOf(v);
      const kept = new Set(before.memberships.map((m) => m.teamId));
      // Teams the user already belongs to stay allowed even if archived since; new ones must be open.
      const added = memberships.map((m) => m.teamId).filter((id) => !kept.has(id));
      await assertOpenTeams(tx, added, "teamIds");
      if (v.moveRecordsTo) await assertOpenTeams(tx, [v.moveRecordsTo], "moveRecordsTo");

      await tx.user.update({
        where: { id: v.id },
        data: { name: v.name, email: v.email, role: v.role, version: { increment: 1 } },
      });
      await tx.teamMembership.deleteMany({ where: { userId: v.id } });
      await tx.teamMembership.createMany({ data: memberships.map((m) => ({ ...m, userId: v.id })) });
      await writeLines(tx, v.id, v);

      const now = new Set(memberships.map((m) => m.teamId));
      const left = [...kept].filter((id) => !now.has(id));
      const moved =
        v.moveRecordsTo && left.length > 0 ? await moveOwnedRecords(tx, v.id, left, v.moveRecordsTo) : null;
      const after = { ...(await userSnapshot(tx, v.id)), ...(moved ? { movedRecords: moved } : {}) };
      return { result: { id: v.id, moved }, entityId: v.id, before, after };
    },
  });
}
