import { opportunityScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { UpdateOpportunityRequest } from "./opportunity-input.ts";
import { recordStageChange } from "./record-stage-change.ts";
import { stageEffects } from "./stage-effects.ts";
import { assertLinkedVisible } from "./linked-records.ts";

export const OPPORTUNITY_CONFLICT =
  "This opportunity was changed by someone else. Review their changes and save again.";

/** Edits an opportunity. A stale copy gets CONFLICT with the current record; a stage change is kept in the history. */
export async function updateOpportunity(ctx: ServiceContext, req: UpdateOpportunityRequest) {
  const { id, version, ...fields } = req;
  return mutate(ctx, {
    action: "update",
    entityType: "Opportunity",
    run: async (tx) => {
      const before = await tx.opportunity.findFirst({ where: { id, ...opportunityScope(ctx.viewer) } });
      if (!before) throw notFound("Opportunity");
      assertVersion(before, version, "Opportunity");
      await assertLinkedVisible(tx, ctx.viewer, {
        contactId: fields.contactId,
        campaignId: fields.campaignId,
      });
      const { moved, probability, forecastCategory, closedAt } = stageEffects(before, fields);
      const { count } = await tx.opportunity.updateMany({
        where: { id, version },
        data: { ...fields, probability, forecastCategory, closedAt, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError(AppErrorCode.CONFLICT, OPPORTUNITY_CONFLICT);
      const after = await tx.opportunity.findUniqueOrThrow({ where: { id } });
      if (moved) {
        await recordStageChange(tx, {
          opportunityId: id,
          fromStage: before.stage,
          toStage: after.stage,
          probability,
          amount: after.estimatedAmount,
          changedById: ctx.viewer.id,
        });
      }
      return { result: after, entityId: id, before, after };
    },
  });
}
