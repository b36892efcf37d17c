import { accountScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import { mutate } from "../records/mutate.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreateOpportunityRequest } from "./opportunity-input.ts";
import { recordStageChange } from "./record-stage-change.ts";
import { stageEffects } from "./stage-effects.ts";
import { assertLinkedVisible } from "./linked-records.ts";

/** A new opportunity on an account the viewer can see; it belongs to that account's team. */
export async function createOpportunity(ctx: ServiceContext, req: CreateOpportunityRequest) {
  const { viewer } = ctx;
  return mutate(ctx, {
    action: "create",
    entityType: "Opportunity",
    run: async (tx) => {
      const account = await tx.account.findFirst({
        where: { id: req.accountId!, ...accountScope(viewer) },
        select: { id: true, teamId: true },
      });
      if (!account) throw notFound("Account");
      await assertLinkedVisible(tx, viewer, { contactId: req.contactId, campaignId: req.campaignId });
      const { probability, forecastCategory, closedAt } = stageEffects(null, req);
      const opportunity = await tx.opportunity.create({
        data: {
          ...req,
          accountId: account.id,
          probability,
          forecastCategory,
          closedAt,
          ownerId: viewer.id,
          teamId: account.teamId,
        },
      });
      await recordStageChange(tx, {
        opportunityId: opportunity.id,
        fromStage: null,
        toStage: opportunity.stage,
        probability,
        amount: opportunity.estimatedAmount,
        changedById: viewer.id,
      });
      return { result: opportunity, entityId: opportunity.id, after: opportunity };
    },
  });
}
