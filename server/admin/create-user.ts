import type { z } from "zod";
import type { ServiceContext } from "../service-context.ts";
import { mutate } from "../records/mutate.ts";
import { hashPassword } from "../auth/password.ts";
import { membershipsOf, type ZCreateUserRequestSchema } from "./user-input.ts";
import { assertEmailFree, assertOpenTeams, userSnapshot, writeLines } from "./user-snapshot.ts";
import { assertAdminsRemain } from "./last-admin-guard.ts";

/** An admin adds a user, who signs in with the password the admin set (and should change it). */
export async function createUser(ctx: ServiceContext, v: z.output<typeof ZCreateUserRequestSchema>) {
  // Parsed by the router: the schema's transforms (E.164 lines) do not run twice.
  // argon2 costs ~50 ms by design: hash before the transaction, so no lock waits on it.
  const passwordHash = await hashPassword(v.password);
  return mutate(ctx, {
    action: "create",
    entityType: "User",
    run: async (tx) => {
      await assertAdminsRemain(tx, ctx.viewer.id, { userId: "", losesAdmin: false });
      await assertEmailFree(tx, v.email);
      await assertOpenTeams(tx, v.teamIds, "teamIds");
      await assertOpenTeams(tx, v.managedTeamIds, "managedTeamIds");
      const user = await tx.user.create({
        data: {
          name: v.name,
          email: v.email,
          role: v.role,
          passwordHash,
          memberships: { createMany: { data: membershipsOf(v) } },
        },
        select: { id: true },
      });
      await writeLines(tx, user.id, v);
      const after = await userSnapshot(tx, user.id);
      return { result: { id: user.id }, entityId: user.id, after };
    },
  });
}
