import { leadScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { UpdateLeadRequest } from "./lead-input.ts";
import { findLeadDuplicates } from "./find-lead-duplicates.ts";
import { DUPLICATE_MESSAGE } from "./create-lead.ts";
import { assertLeadLinksVisible } from "./lead-links.ts";
import { syncPrimaryMechanisms } from "./lead-mechanisms.ts";

const CONFLICT = "This lead was changed by someone else. Review their changes and save again.";

/** Edits a lead on the version it was read at. A converted lead is history and stays as converted. */
export async function updateLead(ctx: ServiceContext, req: UpdateLeadRequest) {
  const { id, version, email, phone, allowDuplicate, ...fields } = req;
  if (!allowDuplicate) {
    const duplicates = await findLeadDuplicates(ctx, { email, phone, excludeLeadId: id });
    if (duplicates.length) throw new AppError(AppErrorCode.CONFLICT, DUPLICATE_MESSAGE, { duplicates });
  }
  return mutate(ctx, {
    action: "update",
    entityType: "Lead",
    run: async (tx) => {
      const before = await tx.lead.findFirst({
        where: { id, ...leadScope(ctx.viewer) },
        include: { contactMechanisms: true },
      });
      if (!before) throw notFound("Lead");
      assertVersion(before, version, "Lead");
      if (before.status === "CONVERTED")
        throw new AppError(
          AppErrorCode.BAD_REQUEST,
          "A converted lead cannot be edited; edit its account, contact or opportunity.",
        );
      await assertLeadLinksVisible(tx, ctx.viewer, fields);
      const { count } = await tx.lead.updateMany({
        where: { id, version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError(AppErrorCode.CONFLICT, CONFLICT);
      await syncPrimaryMechanisms(tx, id, { email, phone });
      const after = await tx.lead.findUniqueOrThrow({ where: { id }, include: { contactMechanisms: true } });
      return { result: after, entityId: id, before, after };
    },
  });
}
