import { opportunityScope } from "../access/visibility.ts";
import { AppError, AppErrorCode, notFound } from "../errors.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { MoveStageRequest } from "./opportunity-input.ts";
import { recordStageChange } from "./record-stage-change.ts";
import { stageEffects } from "./stage-effects.ts";
import { OPPORTUNITY_CONFLICT } from "./update-opportunity.ts";

/**
 * A move on the pipeline board (drag and drop or keyboard). The card carries the version it was
 * drawn from, so a move on a stale board is a conflict rather than a silent overwrite.
 */
export async function moveOpportunityStage(ctx: ServiceContext, req: MoveStageRequest) {
  const { id, version, stage } = req;
  return mutate(ctx, {
    action: "stage-change",
    entityType: "Opportunity",
    run: async (tx) => {
      const before = await tx.opportunity.findFirst({ where: { id, ...opportunityScope(ctx.viewer) } });
      if (!before) throw notFound("Opportunity");
      assertVersion(before, version, "Opportunity");
      if (before.stage === stage) return { result: before, entityId: id, before, after: before };
      const { probability, forecastCategory, closedAt } = stageEffects(before, { stage });
      const { count } = await tx.opportunity.updateMany({
        where: { id, version },
        data: { stage, probability, forecastCategory, closedAt, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError(AppErrorCode.CONFLICT, OPPORTUNITY_CONFLICT);
      const after = await tx.opportunity.findUniqueOrThrow({ where: { id } });
      await recordStageChange(tx, {
        opportunityId: id,
        fromStage: before.stage,
        toStage: stage,
        probability,
        amount: after.estimatedAmount,
        changedById: ctx.viewer.id,
      });
      return { result: after, entityId: id, before, after };
    },
  });
}
