import type { Rng } from "../random.ts";
import { addDays, utcDay } from "../random.ts";
import type {
  ForecastCategory,
  Opportunity,
  OpportunityStage,
} from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";
import { createAccount } from "./accounts.ts";
import { DEFAULT_PROBABILITY, isClosed } from "../../server/opportunities/stage-defaults.ts";

export type OpportunityRow = CreateManyRow<"opportunity">;
export type OpportunityStageHistoryRow = CreateManyRow<"opportunityStageHistory">;

/** The sales process in order; CLOSED_LOST can follow any open stage. */
export const OPEN_STAGES: readonly OpportunityStage[] = [
  "PROSPECTING",
  "QUALIFICATION",
  "NEEDS_ANALYSIS",
  "PROPOSAL",
  "NEGOTIATION",
];

// One table of stage defaults: the server's, so demo data agrees with what a stage move sets.
export const STAGE_PROBABILITY = DEFAULT_PROBABILITY;
export const isClosedStage = isClosed;

/**
 * The category a rep would call: late stages commit, proposals are best case, early ones are
 * pipeline. The rng lets some reps be more or less bullish, as they are.
 */
export function forecastCategoryFor(stage: OpportunityStage, rng?: Rng): ForecastCategory {
  switch (stage) {
    case "CLOSED_WON":
      return "CLOSED";
    case "CLOSED_LOST":
      return "OMITTED";
    case "NEGOTIATION":
      return rng?.chance(0.2) ? "BEST_CASE" : "COMMIT";
    case "PROPOSAL":
      return rng?.chance(0.25) ? "COMMIT" : "BEST_CASE";
    case "NEEDS_ANALYSIS":
      return rng?.chance(0.3) ? "BEST_CASE" : "PIPELINE";
    default:
      return "PIPELINE";
  }
}

export const NEXT_STEPS: Partial<Record<OpportunityStage, readonly string[]>> = {
  PROSPECTING: [
    "Introductory call with the treasurer",
    "Send the capabilities deck",
    "Find the decision maker",
  ],
  QUALIFICATION: ["Confirm volumes and tenors", "Discovery meeting with the CFO", "Check KYC documents"],
  NEEDS_ANALYSIS: [
    "Hedging workshop with treasury",
    "Collect twelve months of FX flows",
    "Review current banking lines",
  ],
  PROPOSAL: ["Send the term sheet", "Pricing call with the desk", "Walk the client through the proposal"],
  NEGOTIATION: [
    "Credit committee approval",
    "Legal review of the ISDA schedule",
    "Agree final pricing",
    "Sign the facility letter",
  ],
};

export function buildOpportunity(
  rng: Rng,
  overrides: Partial<OpportunityRow> & Pick<OpportunityRow, "accountId" | "ownerId" | "teamId">,
  { now = new Date() }: { now?: Date } = {},
): OpportunityRow {
  const stage = overrides.stage ?? "PROSPECTING";
  const closed = isClosedStage(stage);
  const closeDate = utcDay(addDays(now, closed ? -rng.int(1, 90) : rng.int(7, 180)));
  return {
    id: rng.uuid(),
    name: `Client - ${rng.pick(["FX forward hedge", "Revolving credit facility", "Term deposit", "Bond portfolio"])}`,
    stage,
    probability: STAGE_PROBABILITY[stage],
    estimatedAmount: (rng.int(10, 5000) * 1000).toFixed(2),
    currency: rng.pick(["EUR", "GBP", "USD"]),
    closeDate,
    forecastCategory: forecastCategoryFor(stage),
    nextStep: closed ? null : rng.pick(NEXT_STEPS[stage] ?? ["Follow up"]),
    nextStepDate: closed ? null : utcDay(addDays(now, rng.int(1, 21))),
    closedAt: closed ? closeDate : null,
    ...overrides,
  };
}

/**
 * The stage changes that led to the opportunity's current stage, spread from `from` to `to`:
 * a straight path through the open stages, then won or lost.
 */
export function buildStageHistory(
  rng: Rng,
  opportunity: Pick<OpportunityRow, "id" | "stage" | "estimatedAmount">,
  { changedById, from, to }: { changedById: string; from: Date; to: Date },
): OpportunityStageHistoryRow[] {
  const stage = opportunity.stage ?? "PROSPECTING";
  let path: OpportunityStage[];
  if (stage === "CLOSED_WON") path = [...OPEN_STAGES, "CLOSED_WON"];
  else if (stage === "CLOSED_LOST")
    path = [...OPEN_STAGES.slice(0, rng.int(1, OPEN_STAGES.length)), "CLOSED_LOST"];
  else path = OPEN_STAGES.slice(0, OPEN_STAGES.indexOf(stage) + 1);
  // Deals often skip a step; keep the first and last so the history starts and ends right.
  path = path.filter((s, i) => i === 0 || i === path.length - 1 || rng.chance(0.8));
  const span = Math.max(0, to.getTime() - from.getTime());
  const amount = Number(opportunity.estimatedAmount);
  return path.map((toStage, i) => ({
    id: rng.uuid(),
    opportunityId: opportunity.id as string,
    fromStage: i === 0 ? null : path[i - 1],
    toStage,
    probability: STAGE_PROBABILITY[toStage],
    // Amounts firm up as the deal progresses.
    amount: (i === path.length - 1
      ? amount
      : Math.round((amount * rng.float(0.7, 1.3)) / 1000) * 1000
    ).toFixed(2),
    changedById,
    changedAt: new Date(
      from.getTime() + (path.length === 1 ? 0 : Math.floor((span * i) / (path.length - 1))),
    ),
  }));
}

/**
 * One opportunity for a test, with the history row its creation would write. Without an
 * account, one is created; owner and team default to the account's.
 */
export async function createOpportunity(
  db: DbClient,
  overrides: Partial<OpportunityRow> = {},
): Promise<Opportunity> {
  const rng = factoryRng();
  const accountId =
    overrides.accountId ??
    (await createAccount(db, { ownerId: overrides.ownerId, teamId: overrides.teamId })).id;
  const account = await db.account.findUniqueOrThrow({
    where: { id: accountId },
    select: { ownerId: true, teamId: true, partyGroupName: true },
  });
  const row = buildOpportunity(rng, {
    name: `${account.partyGroupName} - ${rng.pick(["FX forward hedge", "Revolving credit facility", "Term deposit"])}`,
    ownerId: account.ownerId,
    teamId: account.teamId,
    ...overrides,
    accountId,
  });
  const opportunity = await db.opportunity.create({ data: row });
  await db.opportunityStageHistory.create({
    data: {
      id: rng.uuid(),
      opportunityId: opportunity.id,
      fromStage: null,
      toStage: opportunity.stage,
      probability: opportunity.probability,
      amount: opportunity.estimatedAmount,
      changedById: opportunity.ownerId,
      changedAt: opportunity.createdAt,
    },
  });
  return opportunity;
}
