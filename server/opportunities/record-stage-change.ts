import type { OpportunityStage } from "../generated/prisma/enums.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "../records/mutate.ts";

/** One row of OpportunityStageHistory, written in the same transaction as the change itself. */
export async function recordStageChange(
  tx: Tx,
  change: {
    opportunityId: string;
    fromStage: OpportunityStage | null;
    toStage: OpportunityStage;
    probability: number;
    amount: Prisma.Decimal | string;
    changedById: string;
  },
): Promise<void> {
  await tx.opportunityStageHistory.create({ data: change });
}
