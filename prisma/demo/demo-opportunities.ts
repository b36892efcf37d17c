import type { Rng } from "../random.ts";
import { addDays, addMonths, notAfter, quarterStart, utcDay, workingMoment } from "../random.ts";
import type { OpportunityStage, Segment } from "../../server/generated/prisma/enums.ts";
import type { OpportunityRow } from "../factories/opportunities.ts";
import {
  buildOpportunity,
  buildStageHistory,
  forecastCategoryFor,
  isClosedStage,
  NEXT_STEPS,
  STAGE_PROBABILITY,
} from "../factories/opportunities.ts";
import { DEALS_BY_SEGMENT } from "../factories/deal-names.ts";
import { LEAD_SOURCE_WEIGHTS } from "../factories/leads.ts";
import type { DemoRows } from "./demo-rows.ts";
import type { DemoAccount, DemoBook } from "./demo-book.ts";
import type { DemoCampaign } from "./demo-campaigns.ts";
import type { DemoConversion } from "./demo-leads.ts";

export type DemoOpportunity = { row: OpportunityRow; id: string; account: DemoAccount; open: boolean };

// Ranges kept within ~20x so a rep's quarter is not decided by one outlier ticket.
const AMOUNT: Record<Segment, [number, number]> = {
  INSTITUTIONAL: [500_000, 10_000_000],
  CORPORATE: [250_000, 8_000_000],
  SME: [25_000, 400_000],
  PRIVATE_BANKING: [100_000, 3_000_000],
  RETAIL: [10_000, 250_000],
};

const ACCOUNT_WEIGHT: Record<Segment, number> = {
  INSTITUTIONAL: 3,
  CORPORATE: 3,
  SME: 1.5,
  PRIVATE_BANKING: 1.5,
  RETAIL: 0.5,
};

/** Quarters relative to the current one: four back, this one, four ahead. */
const QUARTER_WEIGHTS: readonly (readonly [number, number])[] = [
  [-4, 8],
  [-3, 9],
  [-2, 10],
  [-1, 12],
  [0, 16],
  [1, 14],
  [2, 12],
  [3, 10],
  [4, 9],
];

type StageWeights = readonly (readonly [OpportunityStage, number])[];

function stageWeights(quarter: number, closeInPast: boolean): StageWeights {
  if (closeInPast) {
    // Deals past their close date are mostly decided; the older, the fewer left open.
    const open = quarter <= -2 ? 4 : quarter === -1 ? 10 : 22;
    return [
      ["CLOSED_WON", 50],
      ["CLOSED_LOST", 32],
      ["PROPOSAL", open / 2],
      ["NEGOTIATION", open / 2],
    ];
  }
  if (quarter === 0)
    return [
      ["PROSPECTING", 8],
      ["QUALIFICATION", 12],
      ["NEEDS_ANALYSIS", 18],
      ["PROPOSAL", 25],
      ["NEGOTIATION", 27],
      ["CLOSED_WON", 8],
      ["CLOSED_LOST", 4],
    ];
  if (quarter === 1)
    return [
      ["PROSPECTING", 15],
      ["QUALIFICATION", 22],
      ["NEEDS_ANALYSIS", 25],
      ["PROPOSAL", 22],
      ["NEGOTIATION", 16],
    ];
  return [
    ["PROSPECTING", 35],
    ["QUALIFICATION", 30],
    ["NEEDS_ANALYSIS", 20],
    ["PROPOSAL", 10],
    ["NEGOTIATION", 5],
  ];
}

function amountFor(rng: Rng, segment: Segment): number {
  const [min, max] = AMOUNT[segment];
  const raw = Math.exp(rng.float(Math.log(min), Math.log(max)));
  const step = raw >= 1_000_000 ? 50_000 : raw >= 100_000 ? 5_000 : 1_000;
  return Math.max(step, Math.round(raw / step) * step);
}

const DESCRIPTIONS = [
  "Client is reviewing its banking panel; we are one of three banks invited.",
  "Existing relationship; expanding from spot into forwards.",
  "Competitive tender run by the group treasurer.",
  "Introduced by the client's auditors; decision expected after the board meeting.",
  "Renewal of an existing line with a higher limit requested.",
];

/** ~600 opportunities over nine quarters around now, with stage history; conversions first. */
export function buildDemoOpportunities(
  rng: Rng,
  rows: DemoRows,
  book: DemoBook,
  campaigns: DemoCampaign[],
  conversions: DemoConversion[],
  now: Date,
  total = 600,
): DemoOpportunity[] {
  const q0 = quarterStart(now);
  const weightedAccounts = book.accounts.map(
    (a) => [a, ACCOUNT_WEIGHT[a.segment] * (a.row.isCustomer ? 1.5 : 1)] as const,
  );
  const out: DemoOpportunity[] = [];

  for (let i = 0; i < total; i++) {
    const conversion = conversions[i];
    const account = conversion?.account ?? rng.weighted(weightedAccounts);
    const quarter = conversion ? rng.pick([0, 1, 2]) : rng.weighted(QUARTER_WEIGHTS);
    const from = addMonths(q0, quarter * 3);
    let closeDate = utcDay(rng.date(from, addMonths(from, 3)));
    let stage = rng.weighted(stageWeights(quarter, closeDate < utcDay(now)));
    // A converted lead's deal can only have been decided after the conversion.
    const earliestDecision = conversion ? utcDay(addDays(conversion.convertedAt, 7)) : null;
    if (earliestDecision && isClosedStage(stage) && earliestDecision >= utcDay(now)) stage = "PROPOSAL";
    // Only this quarter's deals close early; later ones would all pile into the current quarter.
    if (quarter > 0 && isClosedStage(stage)) stage = "NEGOTIATION";
    const closed = isClosedStage(stage);
    // Won or lost early: the close date is when it was decided, so never in the future.
    if (closed && closeDate >= utcDay(now)) closeDate = utcDay(addDays(now, -rng.int(1, 20)));
    if (closed && earliestDecision && closeDate < earliestDecision) closeDate = earliestDecision;
    const createdAt = conversion
      ? conversion.convertedAt
      : notAfter(addDays(closeDate, -rng.int(30, 270)), addDays(now, -rng.int(1, 30)));
    const closedAt = closed ? workingMoment(rng, closeDate) : null;
    const team = account.team;
    const ownerId = conversion?.ownerId ?? (rng.chance(0.9) ? account.ownerId : rng.pick(team.members).id);
    const amount = amountFor(rng, account.segment);
    const currency = ["EUR", "GBP", "USD"].includes(account.row.creditCurrency ?? "")
      ? (account.row.creditCurrency as string)
      : "EUR";
    const leadSource = conversion?.leadSource ?? (rng.chance(0.3) ? rng.weighted(LEAD_SOURCE_WEIGHTS) : null);
    const teamCampaigns = campaigns.filter((c) => c.team === team.key && c.start <= now);
    const campaignId = conversion
      ? conversion.campaignId
      : leadSource === "CAMPAIGN" && teamCampaigns.length
        ? rng.pick(teamCampaigns).id
        : null;
    const contact =
      conversion?.contact ??
      (account.contacts.length && rng.chance(0.85) ? rng.pick(account.contacts) : null);

    const row = buildOpportunity(
      rng,
      {
        name: `${account.name} - ${rng.pick(DEALS_BY_SEGMENT[account.segment])}`,
        accountId: account.id,
        contactId: contact?.row.id ?? null,
        stage,
        probability: STAGE_PROBABILITY[stage],
        estimatedAmount: amount.toFixed(2),
        currency,
        closeDate,
        forecastCategory: forecastCategoryFor(stage, rng),
        nextStep: closed ? null : rng.pick(NEXT_STEPS[stage] ?? ["Follow up"]),
        // Some next steps are overdue, as on any real pipeline.
        nextStepDate: closed ? null : utcDay(addDays(now, rng.int(-7, 30))),
        leadId: conversion?.leadId ?? null,
        leadSource,
        campaignId,
        description: rng.chance(0.5) ? rng.pick(DESCRIPTIONS) : null,
        ownerId,
        teamId: team.id,
        closedAt,
        createdAt,
      },
      { now },
    );
    rows.opportunity.push(row);
    const historyEnd =
      closedAt ?? notAfter(addDays(createdAt, rng.int(5, 200)), addDays(now, -rng.int(0, 10)));
    rows.opportunityStageHistory.push(
      ...buildStageHistory(rng, row, {
        changedById: ownerId,
        from: createdAt,
        to: historyEnd < createdAt ? createdAt : historyEnd,
      }),
    );
    if (conversion) conversion.opportunityId = row.id as string;
    out.push({ row, id: row.id as string, account, open: !closed });
  }
  return out;
}
