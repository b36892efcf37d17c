import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { OpportunityStage } from "../generated/prisma/enums.ts";
import { opportunityScope } from "../access/visibility.ts";
import { ZRecordId } from "../records/record-id.ts";
import { REPORTING_CURRENCY, toEur } from "../forecasts/fx-to-eur.ts";
import { STAGES, isClosed } from "../opportunities/stage-defaults.ts";
import type { ServiceContext } from "../service-context.ts";

export const ZPipelineBoardRequestSchema = z.object({
  ownerId: ZRecordId.optional(),
  teamId: ZRecordId.optional(),
});
export type PipelineBoardRequest = z.input<typeof ZPipelineBoardRequestSchema>;

/** Cards drawn per column; the totals always cover every deal in the column. */
export const CARDS_PER_STAGE = 60;

const cardSelect = {
  id: true,
  name: true,
  stage: true,
  probability: true,
  estimatedAmount: true,
  currency: true,
  closeDate: true,
  version: true,
  account: { select: { id: true, partyGroupName: true } },
  owner: { select: { id: true, name: true } },
} satisfies Prisma.OpportunitySelect;

/** Start of the quarter that holds `now`, in UTC (close dates are calendar days). */
export function quarterStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1));
}

/**
 * The kanban: one column per stage with its cards and its totals in EUR. Decision: closed columns
 * show only deals closed this quarter, so a board stays a board and not an archive; open columns
 * show every open deal. Filters narrow within the viewer's scope, never widen it.
 */
export async function pipelineBoard(
  { db, viewer }: ServiceContext,
  input: PipelineBoardRequest,
  now = new Date(),
) {
  const req = ZPipelineBoardRequestSchema.parse(input);
  const since = quarterStart(now);
  const base: Prisma.OpportunityWhereInput = {
    AND: [opportunityScope(viewer), { ownerId: req.ownerId, teamId: req.teamId }],
  };
  const whereFor = (stage: OpportunityStage): Prisma.OpportunityWhereInput => ({
    AND: [base, { stage }, isClosed(stage) ? { closeDate: { gte: since } } : {}],
  });
  const windowed: Prisma.OpportunityWhereInput = {
    AND: [base, { OR: [{ stage: { notIn: ["CLOSED_WON", "CLOSED_LOST"] } }, { closeDate: { gte: since } }] }],
  };

  // Totals: one grouped query. Grouping by probability too makes the weighted sum exact
  // (Σ amount·p = Σ_p p·Σ amount) without raw SQL, so the scope where-builder still applies.
  const [groups, ...cardsByStage] = await Promise.all([
    db.opportunity.groupBy({
      by: ["stage", "currency", "probability"],
      where: windowed,
      _sum: { estimatedAmount: true },
      _count: { _all: true },
    }),
    ...STAGES.map((stage) =>
      db.opportunity.findMany({
        where: whereFor(stage),
        select: cardSelect,
        orderBy: [{ closeDate: "asc" }, { id: "asc" }],
        take: CARDS_PER_STAGE,
      }),
    ),
  ]);

  const columns = STAGES.map((stage, i) => {
    let count = 0;
    let amount = 0;
    let weighted = 0;
    for (const g of groups) {
      if (g.stage !== stage) continue;
      const eur = toEur(Number(g._sum.estimatedAmount ?? 0), g.currency);
      count += g._count._all;
      amount += eur;
      weighted += (eur * g.probability) / 100;
    }
    const cards = cardsByStage[i]!.map((c) => ({ ...c, estimatedAmount: c.estimatedAmount.toString() }));
    return { stage, count, amountEur: Math.round(amount), weightedEur: Math.round(weighted), cards };
  });
  const open = columns.filter((c) => !isClosed(c.stage));
  return {
    currency: REPORTING_CURRENCY,
    since,
    columns,
    totals: {
      openCount: open.reduce((s, c) => s + c.count, 0),
      openAmountEur: open.reduce((s, c) => s + c.amountEur, 0),
      openWeightedEur: open.reduce((s, c) => s + c.weightedEur, 0),
    },
  };
}
export type PipelineBoard = Awaited<ReturnType<typeof pipelineBoard>>;
export type PipelineCard = PipelineBoard["columns"][number]["cards"][number];
