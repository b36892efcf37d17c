import { randomUUID } from "node:crypto";
import { AppError, AppErrorCode } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateLeadRequest } from "./lead-input.ts";
import { findLeadDuplicates } from "./find-lead-duplicates.ts";
import { assertLeadLinksVisible } from "./lead-links.ts";
import { mechanismData } from "./lead-mechanisms.ts";

export const DUPLICATE_MESSAGE = "Someone with this email or phone already exists.";

/** Party IDs follow the seed's shape (PTY- and 12 hex digits), unique by the column's constraint. */
function newPartyId(): string {
  return `PTY-${randomUUID().replace(/-/g, "").slice(-12).toUpperCase()}`;
}

/**
 * A new lead owned by the viewer in their team. A matching email or phone is a warning the user
 * must confirm, answered with the existing records so the form can offer to open one instead.
 */
export async function createLead(ctx: ServiceContext, req: CreateLeadRequest) {
  const { viewer } = ctx;
  const teamId = viewer.teamIds[0] ?? viewer.managedTeamIds[0];
  if (!teamId) throw new AppError(AppErrorCode.BAD_REQUEST, "You are not in a team a lead could belong to.");
  if (!req.allowDuplicate) {
    const duplicates = await findLeadDuplicates(ctx, req);
    if (duplicates.length) throw new AppError(AppErrorCode.CONFLICT, DUPLICATE_MESSAGE, { duplicates });
  }
  const { email, phone, allowDuplicate: _confirmed, ...fields } = req;
  return mutate(ctx, {
    action: "create",
    entityType: "Lead",
    run: async (tx) => {
      await assertLeadLinksVisible(tx, viewer, fields);
      const lead = await tx.lead.create({
        data: {
          ...fields,
          partyId: newPartyId(),
          ownerId: viewer.id,
          teamId,
          contactMechanisms: {
            create: [
              ...(email ? [mechanismData("EMAIL", email)] : []),
              ...(phone ? [mechanismData("PHONE", phone)] : []),
            ],
          },
        },
        include: { contactMechanisms: true },
      });
      return { result: lead, entityId: lead.id, after: lead };
    },
  });
}
